/** Prefix of the bookkeeping streams that hold idempotency-key reservations; never a business stream. */
export const IDEMPOTENCY_STREAM_PREFIX = 'qinqing-idempotency-';

/**
 * Maps our stream ids to KurrentDB stream names. A namespace (a plain prefix) lets several stores share one
 * database without seeing each other's streams: test suites on a shared server, or several environments.
 */
export class StreamNaming {
  constructor(readonly namespace = '') {
    if (namespace.startsWith('$')) {
      throw new RangeError(`Namespace ${JSON.stringify(namespace)} would make system streams ("$...")`);
    }
  }

  /** The KurrentDB stream that holds our stream `streamId`. */
  toStreamName(streamId: string): string {
    return `${this.namespace}${streamId}`;
  }

  /** Our stream id for a KurrentDB stream name, or null when the stream is outside this namespace. */
  toStreamId(streamName: string): string | null {
    return streamName.startsWith(this.namespace) ? streamName.slice(this.namespace.length) : null;
  }

  /**
   * Whether an event read from $all belongs in our global log: not a system event (`$` type), not in a
   * system stream, inside our namespace, and not in our own bookkeeping streams.
   */
  isLogEvent(streamName: string, eventType: string): boolean {
    if (eventType.startsWith('$')) return false;
    const streamId = this.toStreamId(streamName);
    return streamId !== null && !streamId.startsWith('$') && !streamId.startsWith(IDEMPOTENCY_STREAM_PREFIX);
  }
}

/** Business stream ids may not collide with system streams or our bookkeeping streams. */
export const assertBusinessStreamId = (streamId: string): void => {
  if (streamId.length === 0) throw new RangeError('Stream id must not be empty');
  if (streamId.startsWith('$')) {
    throw new RangeError(`Stream id ${JSON.stringify(streamId)} is reserved for KurrentDB system streams`);
  }
  if (streamId.startsWith(IDEMPOTENCY_STREAM_PREFIX)) {
    throw new RangeError(`Stream id ${JSON.stringify(streamId)} is reserved for idempotency bookkeeping`);
  }
};
