import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';
import { callOrderOf, isCallableAt } from './call-order';
import type { QueueDayState } from './queue-day.state';
import type { QueueSetupState } from './queue-setup.state';

/**
 * Estimated wait of a ticket taken now for a service (预计等候):
 *   ceil(waiting tickets of the service × mean service time ÷ open counters serving it), in minutes,
 * where the mean is over the service's latest finished visits today (at most ten), or the centre's setting
 * (`QUEUE_DEFAULT_SERVICE_MINUTES`) before any. Null when no open counter serves it. A rough figure: a counter
 * serving several services shares its time among them, and later priority tickets may still go first.
 */
export const estimatedWaitMinutes = (
  day: QueueDayState,
  setup: QueueSetupState,
  serviceId: string,
  defaultServiceMinutes: number,
): number | null => {
  const counters = setup.counters.filter((c) => c.open && c.serviceIds.includes(serviceId)).length;
  if (counters === 0) return null;
  const waiting = day.tickets.filter((t) => t.status === 'waiting' && t.serviceId === serviceId).length;
  const recent = day.recentServiceSeconds[serviceId] ?? [];
  const meanSeconds =
    recent.length === 0 ? defaultServiceMinutes * 60 : recent.reduce((a, b) => a + b, 0) / recent.length;
  return Math.ceil((waiting * meanSeconds) / counters / 60);
};

/** What the hall display shows: ticket numbers and counters only, never a name or a phone. */
export interface HallDisplay {
  readonly centreId: string;
  readonly day: string;
  /** Grows with every call and re-call: the display chimes when it changes. */
  readonly callSeq: number;
  /** Newest first. */
  readonly calling: readonly {
    readonly seq: number;
    readonly number: string;
    readonly counter: LocalizedMessage;
    readonly at: string;
  }[];
  readonly services: readonly {
    readonly serviceId: string;
    readonly name: LocalizedMessage;
    readonly waiting: number;
    readonly next: readonly string[];
    readonly estimatedWaitMinutes: number | null;
  }[];
  readonly waiting: number;
}

export const NEXT_SHOWN = 3;

export const hallDisplayOf = (
  centreId: string,
  dayOf: string,
  day: QueueDayState,
  setup: QueueSetupState,
  defaultServiceMinutes: number,
): HallDisplay => {
  const counterName = (counterId: string): LocalizedMessage =>
    setup.counters.find((c) => c.counterId === counterId)?.name ?? { zh: counterId, en: counterId };
  const services = setup.services
    .filter((s) => s.active)
    .map((s) => ({
      serviceId: s.serviceId,
      name: s.name,
      waiting: day.tickets.filter((t) => t.serviceId === s.serviceId && t.status === 'waiting').length,
      next: callOrderOf(day.tickets, s.serviceId, NEXT_SHOWN).map((t) => t.number),
      estimatedWaitMinutes: estimatedWaitMinutes(day, setup, s.serviceId, defaultServiceMinutes),
    }));
  return {
    centreId,
    day: dayOf,
    callSeq: day.callCount,
    calling: [...day.calls]
      .reverse()
      .map((c) => ({ seq: c.seq, number: c.number, counter: counterName(c.counterId), at: c.at })),
    services,
    waiting: day.tickets.filter((t) => t.status === 'waiting').length,
  };
};

/** Tickets waiting that a counter may call now (for the counter screen). */
export const waitingAt = (
  day: QueueDayState,
  counter: { counterId: string; serviceIds: readonly string[] },
) => day.tickets.filter((t) => isCallableAt(t, counter)).length;
