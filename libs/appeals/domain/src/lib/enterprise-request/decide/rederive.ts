import { accept, reject } from '@qinqing/shared/domain-kernel';
import { addDays } from '@qinqing/calendar/domain';
import { type DueDateKind, dueDateInForce, provisionalDueDatesInForce } from '../due-dates';
import type { RederiveDueDates } from '../enterprise-request.commands';
import type { DueDatesRederived } from '../enterprise-request.events';
import type { SubmittedRequest } from '../enterprise-request.state';
import { type DecideContext, firstProblem, type RequestDecision, roleProblem } from './guards';

/**
 * When the official holiday notice of a year is loaded, every due date still in force that was provisional
 * through that year is computed again on the calendar now in force: the same number of working days after the
 * same day. The event records the old date, the new one (also when they are equal: the date is then
 * confirmed) and the notices that decided it. Dates already settled (an act judged on time or late) are history
 * and stay as they were judged; a clock already missed stays missed at its moved date (one 督办 per period).
 *
 * Like every scheduler command it is idempotent: with nothing newly loaded it decides no events.
 */
export const rederiveDueDates = (
  command: RederiveDueDates,
  state: SubmittedRequest,
  { calendar, today }: DecideContext,
): RequestDecision => {
  const problem = firstProblem(roleProblem(command.by, 'scheduler', command.type));
  if (problem !== null) return reject(problem);
  const changes: DueDatesRederived['data']['changes'][number][] = [];
  const decidedBy = new Set<number>();
  for (const [kind, mark] of Object.entries(provisionalDueDatesInForce(state)) as [
    DueDateKind,
    NonNullable<ReturnType<typeof provisionalDueDatesInForce>[DueDateKind]>,
  ][]) {
    const loaded = mark.years.filter((year) => !calendar.isProvisionalYear(year));
    if (loaded.length === 0) continue;
    const due = calendar.addWorkingDays(mark.from, mark.workingDays);
    const provisionalYears = calendar.provisionalYearsIn(addDays(mark.from, 1), due);
    for (const year of loaded) decidedBy.add(year);
    changes.push({ kind, previousDue: dueDateInForce(state, kind) ?? mark.due, due, provisionalYears });
  }
  if (changes.length === 0) return accept();
  const notices = [...decidedBy]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const source = calendar.scheduleFor(year)?.source;
      return source === undefined
        ? []
        : [{ year, title: source.title, documentNumber: source.documentNumber }];
    });
  return accept({ type: 'DueDatesRederived', data: { rederivedOn: today, notices, changes } });
};
