import { accept } from '@qinqing/shared/domain-kernel';
import { addDays, type CalendarDate, type WorkingDayCalendar } from '@qinqing/calendar/domain';
import { type DueDateKind, dueDatesSetBy, periodStartOf, type ProvisionalDueDates } from '../due-dates';
import type { EnterpriseRequestEvent } from '../enterprise-request.events';
import { type EnterpriseRequestState, evolve, isSubmitted } from '../enterprise-request.state';
import type { RequestDecision } from './guards';

/**
 * First-contact responsibility (首问负责) means a request is never refused for a calendar reason: a due date
 * that reaches into a year whose holiday notice is not loaded is computed provisionally from the statutory
 * festivals of the 2024 《全国年节及纪念日放假办法》 (the calendar does that), and recorded as provisional here.
 *
 * Every accepted decision passes through this one function, so no command needs to know about it: after each
 * event that sets due dates, the due dates that depend on a missing notice are named in a
 * `DueDatesMarkedProvisional`, with the day their period counts from and its length in working days — enough to
 * compute them again, unchanged in meaning, once the notice is loaded (`rederiveDueDates`).
 */
export const markProvisionalDueDates = (
  decision: RequestDecision,
  before: EnterpriseRequestState,
  calendar: WorkingDayCalendar,
): RequestDecision => {
  if (decision.outcome !== 'accepted') return decision;
  const events: EnterpriseRequestEvent[] = [];
  let state = before;
  for (const event of decision.events) {
    events.push(event);
    state = evolve(state, event);
    if (!isSubmitted(state)) continue;
    const dueDates: ProvisionalDueDates = {};
    const set = Object.entries(dueDatesSetBy(event)) as [DueDateKind, CalendarDate | undefined][];
    for (const [kind, due] of set) {
      const from = periodStartOf(state, kind);
      if (from === null || due === undefined) continue;
      const years = calendar.provisionalYearsIn(addDays(from, 1), due);
      if (years.length === 0) continue;
      dueDates[kind] = { due, from, workingDays: calendar.countWorkingDays(addDays(from, 1), due), years };
    }
    if (Object.keys(dueDates).length > 0) {
      const marked: EnterpriseRequestEvent = { type: 'DueDatesMarkedProvisional', data: { dueDates } };
      events.push(marked);
      state = evolve(state, marked);
    }
  }
  return accept(...events);
};
