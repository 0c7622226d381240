import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPEALS_PUBLIC_EVENTS } from '@qinqing/appeals/contracts';
import { IDENTITY_PUBLIC_EVENTS } from '@qinqing/shared/identity';
import { asyncApiDocument, renderAsyncApi } from './asyncapi-document';

describe('the AsyncAPI event catalogue', () => {
  it('is up to date with the contracts (run npm run docs:asyncapi when this fails)', () => {
    const committed = readFileSync(resolve(__dirname, '../../docs/asyncapi.json'), 'utf8');
    expect(committed).toBe(renderAsyncApi());
  });

  it('lists every public event of every context', () => {
    const messages = (asyncApiDocument()['components'] as { messages: Record<string, { name: string }> })
      .messages;
    expect(Object.values(messages).map((m) => m.name)).toEqual(
      [...APPEALS_PUBLIC_EVENTS, ...IDENTITY_PUBLIC_EVENTS].map((e) => e.type),
    );
  });

  it('lists the consumers of the public events with their consumer group', () => {
    const operations = asyncApiDocument()['operations'] as Record<string, Record<string, unknown>>;
    expect(operations['receiveServiceCentreRequestStats']).toMatchObject({
      action: 'receive',
      channel: { $ref: '#/channels/appeals' },
      bindings: { kafka: { groupId: { enum: ['service-centre.request-stats'] } } },
    });
  });
});
