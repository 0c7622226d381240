import { findOrganisationUnits, listOrganisationUnits } from '@qinqing/identity/access';
import { DomainRejectionError, type SqlExecutor } from '@qinqing/shared/event-sourcing';

/** A unit an official may serve in: identity's catalogue, less the centres (no official serves a centre). */
const reportable = (unit: { readonly kind: string } | undefined): boolean =>
  unit !== undefined && unit.kind !== 'centre';

/** The units a report may name, as `GET …/misconduct-reports/units` lists them for the report forms. */
export const reportableUnits = async (db: SqlExecutor) =>
  (await listOrganisationUnits(db)).filter(reportable);

/**
 * The accused's unit must be one of that list: a report about a unit nobody knows reaches no desk's view of
 * the unit and cannot be counted under it. 400 `unknown-unit` naming `accused.unitId` otherwise.
 */
export const assertReportableUnit = async (db: SqlExecutor, unitId: string): Promise<void> => {
  if (reportable((await findOrganisationUnits(db, [unitId])).get(unitId))) return;
  throw new DomainRejectionError({
    kind: 'validation',
    code: 'unknown-unit',
    message: {
      zh: `单位“${unitId}”不在可举报的单位名单中，请从名单中选择`,
      en: `"${unitId}" is not among the units a report may name; choose one from the list`,
    },
    field: 'accused.unitId',
  });
};
