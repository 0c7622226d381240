/** kafkajs' table of Kafka protocol errors (not in its public types): the broker's codes and their texts. */
declare module 'kafkajs/src/protocol/error' {
  export const errorCodes: readonly {
    readonly type: string;
    readonly code: number;
    readonly retriable: boolean;
    readonly message: string;
  }[];
}
