import { type LogEntry, type logCreator, logLevel } from 'kafkajs';
import { errorCodes } from 'kafkajs/src/protocol/error';

/** Where kafkajs' log lines go: pino's (object, message) signature, so a pino logger fits as it is. */
export interface KafkaLogSink {
  error(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

export type KafkaLogLevel = keyof KafkaLogSink;

/**
 * Broker answers that are passing states of a healthy cluster, which kafkajs retries by itself (and logs at
 * ERROR): a group coordinator loading its state after a (re)start, a leader being elected for a new topic's
 * partitions, a group rebalancing or a member having to rejoin. A missing topic, a refused connection, an
 * authorisation failure and anything unknown stay errors.
 */
export const TRANSIENT_KAFKA_STATES = [
  'GROUP_LOAD_IN_PROGRESS', // "The coordinator is loading and hence can't process requests…"
  'GROUP_COORDINATOR_NOT_AVAILABLE',
  'NOT_COORDINATOR_FOR_GROUP',
  'LEADER_NOT_AVAILABLE', // a new topic's partitions before their leader election
  'NOT_LEADER_FOR_PARTITION',
  'PREFERRED_LEADER_NOT_AVAILABLE',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'OFFSET_NOT_AVAILABLE',
  'NOT_CONTROLLER',
  'REBALANCE_IN_PROGRESS',
  'UNKNOWN_MEMBER_ID',
  'ILLEGAL_GENERATION',
  'MEMBER_ID_REQUIRED',
  'FETCH_SESSION_ID_NOT_FOUND',
] as const;

const TRANSIENT_TYPES = new Set<string>(TRANSIENT_KAFKA_STATES);
const TRANSIENT_TEXTS = errorCodes.filter((e) => TRANSIENT_TYPES.has(e.type)).map((e) => e.message);

/** Recovery steps kafkajs announces after a failure it has already logged on its own line. */
const RECOVERY_STEPS = [/^Restarting the consumer in \d+ms/u];

const mentionsTransientState = (text: string): boolean => TRANSIENT_TEXTS.some((t) => text.includes(t));

/** True when the error (or one it wraps) is a passing broker state kafkajs and the bus recover from. */
export const isTransientKafkaError = (error: unknown): boolean => {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const type = (e as { type?: unknown }).type;
    if (typeof type === 'string' && TRANSIENT_TYPES.has(type)) return true;
    if (mentionsTransientState(e.message)) return true;
  }
  return false;
};

/**
 * The pino level of a kafkajs log entry: ERROR and WARN stay what they are unless they report a transient
 * state (then info: visible at the default level, never an alert); INFO (group joins, starts) is debug; DEBUG
 * (every request) is not produced at all (see createKafkaClient).
 */
export const kafkaLogLevelOf = (entry: LogEntry): KafkaLogLevel => {
  if (entry.level === logLevel.ERROR || entry.level === logLevel.WARN) {
    const { message, error } = entry.log;
    const text = `${message} ${typeof error === 'string' ? error : ''}`;
    if (mentionsTransientState(text) || RECOVERY_STEPS.some((step) => step.test(message))) return 'info';
    return entry.level === logLevel.ERROR ? 'error' : 'warn';
  }
  return 'debug';
};

/** kafkajs' logger, writing each entry to the sink at its deliberate level, with kafkajs' own fields. */
export const kafkaLogCreator =
  (sink: KafkaLogSink): logCreator =>
  () =>
  (entry) => {
    const { message, timestamp: _timestamp, logger: _logger, ...fields } = entry.log;
    sink[kafkaLogLevelOf(entry)]({ kafka: entry.namespace, kafkaLevel: entry.label, ...fields }, message);
  };
