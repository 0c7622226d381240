import {
  KafkaJSConnectionError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
  type LogEntry,
  logLevel,
} from 'kafkajs';
import { errorCodes } from 'kafkajs/src/protocol/error';
import { describe, expect, it } from 'vitest';
import {
  isTransientKafkaError,
  kafkaLogCreator,
  kafkaLogLevelOf,
  type KafkaLogLevel,
  type KafkaLogSink,
  TRANSIENT_KAFKA_STATES,
} from './kafka-log';

const LABELS = new Map([
  [logLevel.ERROR, 'ERROR'],
  [logLevel.WARN, 'WARN'],
  [logLevel.INFO, 'INFO'],
]);

const entry = (level: logLevel, message: string, extra: Record<string, unknown> = {}): LogEntry => ({
  namespace: 'Connection',
  level,
  label: LABELS.get(level) ?? 'DEBUG',
  log: { timestamp: '2026-12-02T06:23:59.514Z', logger: 'kafkajs', message, ...extra },
});

const protocolError = (type: string) => {
  const code = errorCodes.find((e) => e.type === type);
  if (code === undefined) throw new Error(`kafkajs knows no ${type}`);
  // As kafkajs makes them from a broker's answer: the message and the broker's error type.
  return Object.assign(new KafkaJSProtocolError(code.message), { type: code.type });
};

describe('kafkajs log lines in the app log', () => {
  it('knows every transient state it names from kafkajs’ own table of broker errors', () => {
    const known = new Set(errorCodes.map((e) => e.type));
    expect(TRANSIENT_KAFKA_STATES.filter((type) => !known.has(type))).toEqual([]);
  });

  it.each<[string, LogEntry, KafkaLogLevel]>([
    [
      'a coordinator loading after a broker start (seen at every first start)',
      entry(logLevel.ERROR, 'Response InitProducerId(key: 22, version: 1)', {
        broker: '127.0.0.1:37603',
        error: "The coordinator is loading and hence can't process requests for this group",
      }),
      'info',
    ],
    [
      'no leader yet for a topic being created',
      entry(logLevel.ERROR, 'Response Metadata(key: 3, version: 6)', {
        error: 'There is no leader for this topic-partition as we are in the middle of a leadership election',
      }),
      'info',
    ],
    [
      'a group rebalancing',
      entry(logLevel.WARN, 'The group is rebalancing, re-joining', {
        error: 'The group is rebalancing, so a rejoin is needed',
      }),
      'info',
    ],
    [
      'a member that must rejoin',
      entry(logLevel.ERROR, 'The coordinator is not aware of this member, re-joining the group', {
        error: 'The coordinator is not aware of this member',
      }),
      'info',
    ],
    [
      'a consumer restart announced after its crash line',
      entry(logLevel.ERROR, 'Restarting the consumer in 300ms'),
      'info',
    ],
    [
      'a broker that cannot be reached',
      entry(logLevel.ERROR, 'Connection error: connect ECONNREFUSED 127.0.0.1:9092', {
        broker: '127.0.0.1:9092',
      }),
      'error',
    ],
    [
      'a topic that does not exist (auto-creation is off: a configuration error)',
      entry(logLevel.ERROR, 'Response Metadata(key: 3, version: 6)', {
        error: 'This server does not host this topic-partition',
      }),
      'error',
    ],
    [
      'a crash with anything else',
      entry(logLevel.ERROR, 'Crash: KafkaJSNonRetriableError: Not authorized'),
      'error',
    ],
    [
      'a warning that is no transient state',
      entry(logLevel.WARN, 'Producer disconnected with pending requests'),
      'warn',
    ],
    [
      'a group join',
      entry(logLevel.INFO, 'Consumer has joined the group', { groupId: 'appeals.x' }),
      'debug',
    ],
  ])('%s → %s', (_what, line, level) => {
    expect(kafkaLogLevelOf(line)).toBe(level);
  });

  it('writes each line to the sink at that level, with kafkajs’ fields and message', () => {
    const written: [KafkaLogLevel, object, string][] = [];
    const sink: KafkaLogSink = {
      error: (fields, message) => written.push(['error', fields, message]),
      warn: (fields, message) => written.push(['warn', fields, message]),
      info: (fields, message) => written.push(['info', fields, message]),
      debug: (fields, message) => written.push(['debug', fields, message]),
    };
    const log = kafkaLogCreator(sink)(logLevel.INFO);
    log(
      entry(logLevel.ERROR, 'Response InitProducerId(key: 22, version: 1)', {
        broker: '127.0.0.1:9092',
        error: "The coordinator is loading and hence can't process requests for this group",
      }),
    );
    log(entry(logLevel.ERROR, 'Connection error: connect ECONNREFUSED 127.0.0.1:9092'));
    expect(written).toEqual([
      [
        'info',
        {
          kafka: 'Connection',
          kafkaLevel: 'ERROR',
          broker: '127.0.0.1:9092',
          error: "The coordinator is loading and hence can't process requests for this group",
        },
        'Response InitProducerId(key: 22, version: 1)',
      ],
      [
        'error',
        { kafka: 'Connection', kafkaLevel: 'ERROR' },
        'Connection error: connect ECONNREFUSED 127.0.0.1:9092',
      ],
    ]);
  });

  it('tells a transient broker state from a real failure in errors the relay and the bus report', () => {
    expect(isTransientKafkaError(protocolError('GROUP_LOAD_IN_PROGRESS'))).toBe(true);
    expect(
      isTransientKafkaError(
        new KafkaJSNumberOfRetriesExceeded(protocolError('REBALANCE_IN_PROGRESS'), {
          retryCount: 5,
          retryTime: 3000,
        }),
      ),
    ).toBe(true);
    expect(isTransientKafkaError(protocolError('UNKNOWN_TOPIC_OR_PARTITION'))).toBe(false);
    expect(isTransientKafkaError(new KafkaJSConnectionError('Connection error: connect ECONNREFUSED'))).toBe(
      false,
    );
    expect(isTransientKafkaError(new Error('relation "es_events" does not exist'))).toBe(false);
  });
});
