import type { Message, TopicMessages } from 'kafkajs';

/**
 * The most message bytes one produce request of a relay carries. A broker refuses a partition's record batch
 * over its `message.max.bytes` (1 MiB by default, and a topic may lower it) — and a relay that sent the same
 * refused batch again would be stuck for good behind it. Half of the default leaves room for the record batch's
 * own overhead and for any topic whose limit is set a little below the default.
 */
export const MAX_PRODUCE_REQUEST_BYTES = 512 * 1024;

/** The bytes of a key, value or header value as it goes on the wire. */
const sizeOf = (value: unknown): number =>
  value === null || value === undefined
    ? 0
    : Buffer.isBuffer(value)
      ? value.length
      : Buffer.byteLength(String(value));

/** What a message adds to a record batch: its value, key and headers, and a record's framing. */
export const messageBytes = (message: Message): number => {
  let bytes = 32 + sizeOf(message.key) + sizeOf(message.value);
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    bytes +=
      sizeOf(name) +
      (Array.isArray(value) ? value.reduce((n: number, v) => n + sizeOf(v), 0) : sizeOf(value));
  }
  return bytes;
};

/**
 * A window's messages, in its order, cut into produce requests of at most `maxBytes` each (a message bigger than
 * that alone in one): sent one after the other, each partition receives its messages in the window's order.
 */
export const produceRequests = (
  messages: readonly { readonly topic: string; readonly message: Message }[],
  maxBytes: number = MAX_PRODUCE_REQUEST_BYTES,
): TopicMessages[][] => {
  const requests: TopicMessages[][] = [];
  let request = new Map<string, Message[]>();
  let bytes = 0;
  const close = (): void => {
    if (request.size > 0) requests.push([...request].map(([topic, batch]) => ({ topic, messages: batch })));
    request = new Map();
    bytes = 0;
  };
  for (const { topic, message } of messages) {
    const size = messageBytes(message);
    if (bytes > 0 && bytes + size > maxBytes) close();
    const batch = request.get(topic) ?? [];
    batch.push(message);
    request.set(topic, batch);
    bytes += size;
  }
  close();
  return requests;
};
