/**
 * Public topics are named `qinqing.<context>.events.v<major>`: a breaking change to a context's public
 * events gets a new topic, never a silently changed payload.
 */
export const publicTopic = <Context extends string, Version extends number>(
  context: Context,
  version: Version,
): `qinqing.${Context}.events.v${Version}` => `qinqing.${context}.events.v${version}`;

/** Dead letters of one consumer group on one topic. */
export const deadLetterTopic = (topic: string, consumerGroup: string): string =>
  `${topic}.dlq.${consumerGroup}`;

/** Whether `name` is a public topic (`qinqing.<context>.events.v<major>`), not, say, an event type. */
export const isPublicTopic = (name: string): boolean =>
  /^qinqing\.[a-z][a-z0-9-]*\.events\.v[1-9][0-9]*$/u.test(name);
