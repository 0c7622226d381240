import { type Actor, actorId, actorRole } from '@qinqing/identity/access';
import type { DirectoryActor } from '@qinqing/liaison/domain';

/** The actor as the directory's rules see them: who, and in which role. */
export const directoryActor = (actor: Actor): DirectoryActor => ({
  actorId: actorId(actor),
  role: actorRole(actor),
});
