import type { Logger } from '@nestjs/common';
import { isTransientKafkaError, type KafkaLogSink } from '@qinqing/shared/messaging-kafka';

/** A follower's (projection, relay, consumer) error: a passing broker state is noted, anything else is an error. */
export const followerErrorLogger =
  (logger: Logger) =>
  (follower: string, error: unknown): void =>
    isTransientKafkaError(error)
      ? logger.log({ err: error, follower }, 'Follower waiting for Kafka')
      : logger.error({ err: error, follower }, 'Follower failed');

/** kafkajs' own lines, into the app's log (pino) at the levels kafkaLogLevelOf decides. */
export const kafkaLogSink = (logger: Logger): KafkaLogSink => ({
  error: (fields, message) => logger.error(fields, message),
  warn: (fields, message) => logger.warn(fields, message),
  info: (fields, message) => logger.log(fields, message),
  debug: (fields, message) => logger.debug(fields, message),
});
