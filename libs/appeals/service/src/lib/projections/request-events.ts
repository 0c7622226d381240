import { type EnterpriseRequestEvent, requestIdOfStream } from '@qinqing/appeals/domain';
import type { RecordedEvent } from '@qinqing/shared/event-sourcing';

/** A request's event as the appeals read models fold it. */
export interface RequestEventOf {
  readonly requestId: string;
  readonly event: EnterpriseRequestEvent;
  /** When it happened (the row's `updated_at`). */
  readonly at: string;
}

/** The request events of a batch, in log order, with their request's id; other streams' events are left out. */
export const requestEventsOf = (events: readonly RecordedEvent[]): RequestEventOf[] =>
  events.flatMap((recorded) => {
    const requestId = requestIdOfStream(recorded.streamId);
    if (requestId === null) return [];
    const event = { type: recorded.type, data: recorded.data } as EnterpriseRequestEvent;
    return [{ requestId, event, at: recorded.metadata.occurredAt }];
  });

/** The distinct requests of a batch's request events, each once: what a batch reads its rows for. */
export const requestIdsOf = (requestEvents: readonly RequestEventOf[]): string[] => [
  ...new Set(requestEvents.map((e) => e.requestId)),
];
