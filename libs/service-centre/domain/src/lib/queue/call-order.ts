import type { QueueCounter } from './queue-setup.state';
import type { Ticket } from './queue-day.state';

/**
 * How many times a ticket may be passed over — a later ticket called first at a counter that could have
 * called it — before it is called next at such a counter (rule `call-order`).
 */
export const MAX_PASSED_OVER = 3;

/** A waiting ticket this counter may call: one transferred to it, or one of its services not sent elsewhere. */
export const isCallableAt = (
  ticket: Ticket,
  counter: Pick<QueueCounter, 'counterId' | 'serviceIds'>,
): boolean =>
  ticket.status === 'waiting' &&
  (ticket.transferredTo === null
    ? counter.serviceIds.includes(ticket.serviceId)
    : ticket.transferredTo === counter.counterId);

/**
 * The call-order rule (叫号规则), among the tickets a counter may call, in the order they were taken:
 *  1. the oldest ticket already passed over MAX_PASSED_OVER times;
 *  2. else the oldest ticket transferred to this counter (its visit has begun);
 *  3. else the oldest priority ticket (elderly, appointment);
 *  4. else the oldest ticket.
 * Every older callable ticket the chosen one passes is counted as passed over, so no ticket is passed over
 * more than MAX_PASSED_OVER times, and a waiting ticket is called after at most (tickets older than it +
 * MAX_PASSED_OVER + 1) calls at counters that could call it: nobody waits forever.
 */
export const nextTicketFor = (
  tickets: readonly Ticket[],
  counter: Pick<QueueCounter, 'counterId' | 'serviceIds'>,
): { readonly ticket: Ticket; readonly passedOver: readonly string[] } | null => {
  const callable = tickets.filter((t) => isCallableAt(t, counter));
  const chosen =
    callable.find((t) => t.passedOver >= MAX_PASSED_OVER) ??
    callable.find((t) => t.transferredTo === counter.counterId) ??
    callable.find((t) => t.priority !== 'ordinary') ??
    callable[0];
  if (chosen === undefined) return null;
  const index = callable.indexOf(chosen);
  return { ticket: chosen, passedOver: callable.slice(0, index).map((t) => t.ticketId) };
};

/**
 * The tickets of one service as a counter serving only it would call them (for "next" on the hall display
 * and the estimated wait): the call-order rule applied again and again to a copy.
 */
export const callOrderOf = (tickets: readonly Ticket[], serviceId: string, limit: number): Ticket[] => {
  const counter = { counterId: '', serviceIds: [serviceId] };
  let remaining = tickets.filter((t) => isCallableAt(t, counter));
  const order: Ticket[] = [];
  while (order.length < limit) {
    const next = nextTicketFor(remaining, counter);
    if (next === null) break;
    order.push(next.ticket);
    const passed = new Set(next.passedOver);
    remaining = remaining
      .filter((t) => t.ticketId !== next.ticket.ticketId)
      .map((t) => (passed.has(t.ticketId) ? { ...t, passedOver: t.passedOver + 1 } : t));
  }
  return order;
};
