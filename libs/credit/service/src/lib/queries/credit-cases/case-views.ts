import type { CaseClock, ObjectionView, RepairView } from '@qinqing/credit/contracts';
import {
  parseCalendarDate as parseWorkingCalendarDate,
  type WorkingDayCalendar,
  workingDaysRemaining,
} from '@qinqing/calendar/domain';
import type { ObjectionRow, RepairRow } from './credit-cases.query';

/** A person's name as the enterprise's own view shows it: the surname and a star per other character (张*). */
export const maskPersonName = (name: string): string => {
  const characters = [...name.trim()];
  return `${characters[0] ?? ''}${'*'.repeat(Math.max(1, characters.length - 1))}`;
};

/** Due when, overdue or not (today after the due day, or decided after it), working days left while open. */
export const clockOf = (
  calendar: WorkingDayCalendar,
  dueOn: string,
  closedOn: string | null,
  today: string,
): CaseClock => ({
  dueOn,
  overdue: (closedOn ?? today) > dueOn,
  workingDaysLeft:
    closedOn === null
      ? workingDaysRemaining(calendar, parseWorkingCalendarDate(dueOn), parseWorkingCalendarDate(today))
      : null,
});

export const objectionViewOf = (
  row: ObjectionRow,
  calendar: WorkingDayCalendar,
  today: string,
): ObjectionView => ({
  objectionId: row.objection_id,
  documentNumber: row.document_number,
  creditCode: row.credit_code,
  enterpriseName: row.enterprise_name,
  grounds: row.grounds,
  evidenceReference: row.evidence_reference,
  filedBy: row.filed_by_role,
  filedOn: row.filed_on,
  status: row.status,
  clock: clockOf(calendar, row.due_on, row.closed_on, today),
  outcome: row.outcome,
  reasons: row.reasons,
  decidedOn: row.decided_on,
  retractedOn: row.retracted_on,
});

/** The officer sees the signatory; the enterprise's own view masks the name (`maskSignatory`). */
export const repairViewOf = (
  row: RepairRow,
  calendar: WorkingDayCalendar,
  today: string,
  options: { readonly maskSignatory: boolean },
): RepairView => ({
  applicationId: row.application_id,
  documentNumber: row.document_number,
  creditCode: row.credit_code,
  enterpriseName: row.enterprise_name,
  correctionEvidence: row.correction_evidence,
  commitment: {
    signatoryName: options.maskSignatory ? maskPersonName(row.signatory_name) : row.signatory_name,
    signatoryPosition: row.signatory_position,
    textVersion: row.text_version,
  },
  appliedBy: row.applied_by_role,
  appliedOn: row.applied_on,
  status: row.outcome ?? 'pending',
  clock: clockOf(calendar, row.due_on, row.decided_on, today),
  reasons: row.reasons,
  decidedOn: row.decided_on,
});
