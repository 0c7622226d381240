import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_TOPICS } from '@qinqing/platform/services';
import { asyncApiDocument, CATALOGUES, renderAsyncApi } from './asyncapi-document';

describe('the AsyncAPI event catalogue', () => {
  it('is up to date with the contracts (run npm run docs:asyncapi when this fails)', () => {
    const committed = readFileSync(resolve(__dirname, '../../docs/asyncapi.json'), 'utf8');
    expect(committed).toBe(renderAsyncApi());
  });

  it('is a valid AsyncAPI document for the AsyncAPI parser (no error, no warning)', async () => {
    const { document, diagnostics } = await new Parser().parse(renderAsyncApi());
    expect(diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual(
      [],
    );
    expect(document?.allMessages().length).toBe(CATALOGUES.flatMap((c) => c.events).length);
    expect(
      document
        ?.allServers()
        .all()
        .map((s) => s.host()),
    ).toEqual(['kafka:9092', '127.0.0.1:9092']);
    // The parser's validation of the whole catalogue takes seconds of CPU, more on a busy two-core machine.
  }, 60_000);

  it('lists every public event of every context', () => {
    const messages = (asyncApiDocument()['components'] as { messages: Record<string, { name: string }> })
      .messages;
    expect(Object.values(messages).map((m) => m.name)).toEqual(
      CATALOGUES.flatMap((c) => c.events).map((e) => e.type),
    );
    expect(CATALOGUES.map((c) => c.context)).toEqual(expect.arrayContaining(['appeals', 'identity']));
  });

  it('lists the consumers of the public events with their consumer group', () => {
    const operations = asyncApiDocument()['operations'] as Record<string, Record<string, unknown>>;
    expect(operations['receiveServiceCentreRequestStats']).toMatchObject({
      action: 'receive',
      channel: { $ref: '#/channels/appeals' },
      bindings: { kafka: { groupId: { enum: ['service-centre.request-stats'] } } },
    });
  });

  it('names every consumer group <consuming context>.<consumer>, and so every dead-letter topic', () => {
    const operations = asyncApiDocument()['operations'] as Record<
      string,
      { action: string; description?: string }
    >;
    const deadLetterTopics = Object.values(operations)
      .filter((o) => o.action === 'receive')
      .map((o) => /`([^`]+\.dlq\.[^`]+)`/u.exec(o.description ?? '')?.[1]);
    expect(deadLetterTopics).toEqual(
      expect.arrayContaining([
        'qinqing.appeals.events.v1.dlq.service-centre.request-stats',
        'qinqing.identity.events.v1.dlq.appeals.organisation-units',
        'qinqing.identity.events.v1.dlq.service-centre.organisation-units',
      ]),
    );
    // A context added to the list of services keeps its own copy of the units, under its own name.
    for (const topic of deadLetterTopics)
      expect(topic).toMatch(/^qinqing\.[a-z-]+\.events\.v\d+\.dlq\.[a-z][a-z-]*\.[a-z][a-z-]*$/u);
  });

  it('catalogues each topic of the list of processes with the events its contracts define for it', () => {
    expect(CATALOGUES.map((c) => c.topic).sort()).toEqual([...PUBLIC_TOPICS].sort());
    for (const catalogue of CATALOGUES) {
      expect(catalogue.events.length, catalogue.context).toBeGreaterThan(0);
      for (const event of catalogue.events) {
        expect({ type: event.type, topic: event.topic, source: event.source }).toEqual({
          type: event.type,
          topic: catalogue.topic,
          source: catalogue.source,
        });
      }
    }
  });
});
