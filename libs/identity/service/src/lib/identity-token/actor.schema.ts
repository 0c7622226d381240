import { type Actor, ROLES, STAFF_ROLES } from '@qinqing/identity/domain';
import { z } from 'zod';

const id = z.string().min(1).max(200);

/** The Actor as it crosses a process boundary; anything that does not parse is not an actor. */
export const actorSchema: z.ZodType<Actor> = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('staff'),
      id,
      role: z.enum(STAFF_ROLES),
      displayName: z.string().min(1).max(100),
      departmentId: id.optional(),
      centreId: id.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('kiosk-enterprise'),
      sessionId: id,
      deviceId: id,
      centreId: id,
      enterprise: z
        .object({ creditCode: z.string().length(18), contactPhone: z.string().regex(/^1[3-9]\d{9}$/u) })
        .strict()
        .nullable(),
    })
    .strict(),
  z.object({ kind: z.literal('kiosk-device'), deviceId: id, centreId: id }).strict(),
  z.object({ kind: z.literal('system'), id }).strict(),
]);

/** Every role the platform knows, for schemas that accept one. */
export const roleSchema = z.enum(ROLES);
