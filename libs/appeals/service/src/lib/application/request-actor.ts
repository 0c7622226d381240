import type { RequestActor } from '@qinqing/appeals/domain';
import type { Actor, StaffActor } from '@qinqing/shared/identity-domain';

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
