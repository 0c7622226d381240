import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineIntegrationEvent, publishedCloudEventSchema, toCloudEvent } from './integration-event';

const Noted = defineIntegrationEvent({
  type: 'cn.qinqing.test.noted.v1',
  version: 1,
  topic: 'qinqing.test.events.v1',
  source: '/qinqing/test',
  schema: z.object({ noteId: z.string(), pages: z.number().int() }),
});

describe('the published form of a public event', () => {
  it('is exactly what toCloudEvent builds: no attribute more, none missing', () => {
    const event = toCloudEvent(Noted, {
      id: '0190a000-0000-7000-8000-000000000001',
      subject: 'note-1',
      time: '2026-06-01T10:00:00.000Z',
      data: { noteId: 'note-1', pages: 3 },
      correlationId: 'request-1',
      causationId: '0190a000-0000-7000-8000-000000000000',
    });
    expect(publishedCloudEventSchema(Noted).strict().parse(event)).toEqual(event);
  });

  it('pins type, source and dataschema to the contract and checks data against it', () => {
    const event = toCloudEvent(Noted, {
      id: 'e1',
      subject: 'note-1',
      time: '2026-06-01T10:00:00.000Z',
      data: { noteId: 'note-1', pages: 3 },
    });
    const schema = publishedCloudEventSchema(Noted);
    expect(schema.safeParse({ ...event, type: 'cn.qinqing.test.other.v1' }).success).toBe(false);
    expect(schema.safeParse({ ...event, source: '/qinqing/other' }).success).toBe(false);
    expect(schema.safeParse({ ...event, dataschema: 'urn:qinqing:schema:x:v2' }).success).toBe(false);
    expect(schema.safeParse({ ...event, data: { noteId: 'note-1', pages: 'three' } }).success).toBe(false);
  });
});
