export * from './lib/cloud-event-message';
export * from './lib/kafka-broker-probe';
export * from './lib/kafka-client';
export * from './lib/kafka-integration-event-bus';
export * from './lib/kafka-log';
export * from './lib/kafka-relay';
export * from './lib/topics';
