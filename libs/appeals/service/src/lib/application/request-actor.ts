import type { RequestActor } from '@qinqing/appeals/domain';
import { type Actor, actorId, type StaffActor } from '@qinqing/identity/access';

/** The unit a member of staff acts for: a department handler's department, or a service centre. */
export const staffUnitId = (actor: StaffActor): string | null => actor.departmentId ?? actor.centreId ?? null;

/**
 * The actor as the request's rules see it. Roles were checked by the endpoint; this only says whose
 * request it may be (owner unit, pending department, supervisor, filing enterprise).
 */
export const toRequestActor = (actor: Actor, proven?: { creditCode: string }): RequestActor | null => {
  // A receipt proof makes the caller the filing enterprise, whatever session it has (or none).
  if (proven !== undefined) return { kind: 'enterprise', creditCode: proven.creditCode };
  switch (actor.kind) {
    case 'staff': {
      if (actor.role === 'supervisor') return { kind: 'supervisor', staffId: actor.id };
      const unitId = staffUnitId(actor);
      return unitId === null ? null : { kind: 'unit-staff', staffId: actor.id, unitId };
    }
    case 'kiosk-enterprise':
      return actor.enterprise === null
        ? null
        : { kind: 'enterprise', creditCode: actor.enterprise.creditCode };
    case 'kiosk-device':
      return null;
    case 'system':
      return { kind: 'scheduler' };
  }
};

/**
 * Whose Idempotency-Keys a command's key is looked up among: a kiosk's for its walk-ins (its offline queue
 * retries a submission from a later walk-in session), the caller's otherwise. Another caller reusing a key
 * never gets someone else's first result (e.g. a request id and receipt code).
 */
export const idempotencyScopeOf = (actor: Actor): string =>
  actor.kind === 'kiosk-enterprise' ? `kiosk:${actor.deviceId}` : actorId(actor);
