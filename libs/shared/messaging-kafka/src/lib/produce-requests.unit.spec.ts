import fc from 'fast-check';
import type { Message } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { MAX_PRODUCE_REQUEST_BYTES, messageBytes, produceRequests } from './produce-requests';

const outgoing = fc.array(
  fc.record({
    topic: fc.constantFrom('appeals.events.v1', 'credit.events.v1'),
    message: fc.record({
      key: fc.string({ maxLength: 12 }),
      value: fc.string({ maxLength: 400 }),
      headers: fc.constant({ 'content-type': 'application/cloudevents+json; charset=utf-8' }),
    }),
  }),
  { maxLength: 60 },
);

describe('produceRequests', () => {
  it('sends every message once, each topic in the window order, no request over the budget but a lone message', () => {
    fc.assert(
      fc.property(outgoing, fc.integer({ min: 1, max: 4_000 }), (messages, maxBytes) => {
        const requests = produceRequests(messages, maxBytes);
        for (const topic of ['appeals.events.v1', 'credit.events.v1']) {
          const sent = requests.flatMap((request) =>
            request.filter((batch) => batch.topic === topic).flatMap((batch) => batch.messages),
          );
          expect(sent).toEqual(messages.filter((m) => m.topic === topic).map((m) => m.message));
        }
        for (const request of requests) {
          const inRequest = request.flatMap((batch) => batch.messages);
          expect(inRequest.length).toBeGreaterThan(0);
          const bytes = inRequest.reduce((n, message) => n + messageBytes(message), 0);
          if (inRequest.length > 1) expect(bytes).toBeLessThanOrEqual(maxBytes);
        }
        // Every message in exactly one request.
        const sent = requests.flatMap((request) => request.flatMap((batch) => batch.messages));
        expect(sent).toHaveLength(messages.length);
        expect(new Set(sent).size).toBe(messages.length);
      }),
    );
  });

  it('keeps a window of small events in one request, and cuts a backlog of them near the budget', () => {
    const message: Message = { key: 'r-1', value: 'x'.repeat(1_000) };
    const window = Array.from({ length: 2_000 }, () => ({ topic: 'appeals.events.v1', message }));
    expect(produceRequests(window.slice(0, 100))).toHaveLength(1);
    const requests = produceRequests(window);
    expect(requests.length).toBe(Math.ceil((2_000 * messageBytes(message)) / MAX_PRODUCE_REQUEST_BYTES));
    expect(produceRequests([])).toEqual([]);
  });

  it('counts the bytes a message adds to a record batch: value, key, headers and framing', () => {
    expect(
      messageBytes({ key: '宁波', value: Buffer.alloc(100), headers: { a: 'bc', d: ['e', 'fg'] } }),
    ).toBe(32 + 6 + 100 + 1 + 2 + 1 + 1 + 2);
    expect(messageBytes({ value: null })).toBe(32);
  });
});
