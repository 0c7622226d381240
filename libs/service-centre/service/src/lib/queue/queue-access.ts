import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { type Actor, findOrganisationUnits, type OrganisationUnitRow } from '@qinqing/identity/access';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

const forbidden = (error: string, zh: string, en: string) =>
  new ForbiddenException({ error, message: { zh, en } });

/** Centre ids as identity's catalogue gives them (`centre-haishu`). */
const CENTRE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/u;

/**
 * A 亲清家园 centre from identity's organisation-unit catalogue (replicated into every service): the queue
 * keeps no centre list of its own. 404 for anything that is not a centre.
 */
export const centreOf = async (db: SqlExecutor, centreId: string): Promise<OrganisationUnitRow> => {
  const unit = CENTRE_ID.test(centreId)
    ? (await findOrganisationUnits(db, [centreId])).get(centreId)
    : undefined;
  if (unit === undefined || unit.kind !== 'centre')
    throw new NotFoundException({
      error: 'centre-not-found',
      message: { zh: '没有这个亲清家园服务中心', en: 'There is no such service centre' },
    });
  return unit;
};

const ownCentre = (actor: Actor): string | undefined =>
  actor.kind === 'staff' ? actor.centreId : actor.kind === 'system' ? undefined : actor.centreId;

/** Counters are worked by the centre's own service staff (服务专员), nobody else. */
export const assertOperates = (actor: Actor, centreId: string): void => {
  if (actor.kind === 'staff' && actor.role === 'service-staff' && actor.centreId === centreId) return;
  throw forbidden(
    'not-this-centre',
    '只有本服务中心的服务专员可以操作窗口',
    'Only the centre’s own service staff may work its counters',
  );
};

/** Services and counters are set by an administrator, or by the centre's own service staff. */
export const assertConfigures = (actor: Actor, centreId: string): void => {
  if (actor.kind === 'staff' && actor.role === 'administrator') return;
  assertOperates(actor, centreId);
};

/**
 * Who reads a centre's queue and its statistics: supervisors (效能督查) and administrators every centre; the
 * centre's service staff and its kiosks their own.
 */
export const assertReads = (actor: Actor, centreId: string): void => {
  if (actor.kind === 'staff' && (actor.role === 'supervisor' || actor.role === 'administrator')) return;
  const own = ownCentre(actor);
  const allowed = (actor.kind === 'staff' && actor.role === 'service-staff') || actor.kind !== 'staff';
  if (allowed && own !== undefined && own === centreId) return;
  throw forbidden('other-centre', '只能查看本服务中心的排队情况', 'Only the centre’s own queue may be seen');
};

/** A kiosk's centre: the one its device was provisioned to. */
export const kioskCentreOf = (actor: Actor): string => {
  if (actor.kind === 'kiosk-device' || actor.kind === 'kiosk-enterprise') return actor.centreId;
  throw forbidden('kiosk-only', '请在服务中心的自助终端取号', 'Tickets are taken at the centre’s kiosk');
};
