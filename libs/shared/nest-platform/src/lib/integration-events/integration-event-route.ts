import { isPublicTopic } from '@qinqing/shared/contracts-kit';

/** The transport id of the integration-event servers: consumer handlers are bound to them only. */
export const INTEGRATION_EVENTS_TRANSPORT = Symbol('IntegrationEvents');

/** Keys of an `@EventPattern`'s extras that the integration-event transport reads. */
export const CONSUMER_EXTRA = 'integrationEventConsumer';
export const CONTRACT_EXTRA = 'integrationEventContract';
/** A batch handler's contracts, one per event type it takes (`@IntegrationEventBatchPattern`). */
export const CONTRACTS_EXTRA = 'integrationEventContracts';
/** Marks a batch handler: one symbol per handler, shared by the routes of its event types. */
export const BATCH_EXTRA = 'integrationEventBatch';

/** What a handler receives: every event on a topic (`type` null) or the events of one type on it. */
export interface IntegrationEventRoute {
  readonly topic: string;
  readonly type: string | null;
}

/**
 * Reads an `@EventPattern`: a public topic (`qinqing.<context>.events.v<major>`) or `{ topic, type }`
 * (what `@IntegrationEventPattern` writes). Anything else — an event type given as if it were a topic, a
 * typo — fails at start rather than subscribing to a topic nobody publishes.
 */
export const routeOfPattern = (pattern: unknown): IntegrationEventRoute => {
  if (typeof pattern === 'string' && isPublicTopic(pattern)) return { topic: pattern, type: null };
  if (typeof pattern === 'object' && pattern !== null && Object.keys(pattern).length === 2) {
    const { topic, type } = pattern as Record<string, unknown>;
    if (typeof topic === 'string' && isPublicTopic(topic) && typeof type === 'string' && type !== '') {
      return { topic, type };
    }
  }
  throw new Error(
    `Integration-event pattern ${JSON.stringify(pattern)} is neither a public topic ` +
      `(qinqing.<context>.events.v<major>) nor { topic, type }: use @EventPattern(TOPIC) or ` +
      `@IntegrationEventPattern(EventDefinition)`,
  );
};
