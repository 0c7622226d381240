/** What one consumer should have applied (every event on its topics its handlers take) against its inbox. */
export interface ConsumerAudit {
  readonly consumer: string;
  readonly topics: readonly string[];
  readonly expected: number;
  /** Taken by its handlers, on its topics, not in its inbox: lost. */
  readonly missing: readonly string[];
  /** In its inbox, not an event of its topics its handlers take: applied from nowhere (or a route it dropped). */
  readonly unexpected: readonly string[];
}

/** The events a consumer takes: a type on a topic, or every event of a topic (type null). */
export interface ConsumedRoute {
  readonly topic: string;
  readonly type: string | null;
}

export const auditConsumer = (
  consumer: string,
  routes: readonly ConsumedRoute[],
  onTopics: ReadonlyMap<string, ReadonlyMap<string, number>>,
  types: ReadonlyMap<string, string>,
  handled: ReadonlySet<string>,
): ConsumerAudit => {
  const topics = [...new Set(routes.map((route) => route.topic))];
  const taken = (topic: string, id: string): boolean =>
    routes.some((route) => route.topic === topic && (route.type === null || route.type === types.get(id)));
  const expected = new Set(
    topics.flatMap((topic) => [...(onTopics.get(topic)?.keys() ?? [])].filter((id) => taken(topic, id))),
  );
  return {
    consumer,
    topics,
    expected: expected.size,
    missing: [...expected].filter((id) => !handled.has(id)),
    unexpected: [...handled].filter((id) => !expected.has(id)),
  };
};

/** What a producer's relay had to publish (derived from its log) against what is on its topic. */
export interface RelayAudit {
  readonly producer: string;
  readonly expected: number;
  /** In the log's public events, not on the topic: lost by the relay. */
  readonly unpublished: readonly string[];
  /** Published more than once (the relay resends after a crash: at least once; inboxes drop the copies). */
  readonly resent: number;
}

export const auditRelay = (
  producer: string,
  fromLog: ReadonlySet<string>,
  onTopic: ReadonlyMap<string, number>,
): RelayAudit => ({
  producer,
  expected: fromLog.size,
  unpublished: [...fromLog].filter((id) => !onTopic.has(id)),
  resent: [...fromLog].reduce((sum, id) => sum + Math.max(0, (onTopic.get(id) ?? 0) - 1), 0),
});

/**
 * Steps the platform acknowledged (a 2xx answer) that the log does not hold. `logged` holds "requestId step"
 * for every event of the requests' streams.
 */
export const acknowledgedNotLogged = (
  acknowledged: ReadonlyMap<string, readonly string[]>,
  logged: ReadonlySet<string>,
): string[] =>
  [...acknowledged].flatMap(([requestId, steps]) =>
    steps.filter((step) => !logged.has(`${requestId} ${step}`)).map((step) => `${requestId} ${step}`),
  );

/** Rows of a read model that differ from the fold of the log, by key (both sides as comparable strings). */
export const readModelDifferences = (
  folded: ReadonlyMap<string, string>,
  stored: ReadonlyMap<string, string>,
): string[] => {
  const keys = new Set([...folded.keys(), ...stored.keys()]);
  return [...keys].filter((key) => folded.get(key) !== stored.get(key));
};
