import { RequestResolveDueProvisionalV1, RequestResolveDueRederivedV1 } from '@qinqing/appeals/contracts';
import { enterpriseRequestStreamId } from '@qinqing/appeals/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { appealsIntegrationMapper } from './appeals-integration.mapper';

/** A stored event as the mapper reads it (dates are plain strings in stored JSON). */
const recorded = (event: { readonly type: string; readonly data: unknown }): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000001',
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {
    correlationId: 'c1',
    causationId: null,
    actorId: 'appeals-deadline-scheduler',
    actorRole: 'system',
    occurredAt: '2027-01-20T02:00:00.000Z',
  },
  streamId: enterpriseRequestStreamId('r1'),
  streamRevision: 1,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2027-01-20T02:00:00.000Z'),
});

/**
 * The resolve date is public (`submitted.v1` carries it), so consumers learn when it is provisional and when a
 * loaded notice moves it; the other due dates are internal and stay private.
 */
describe('provisional and re-derived due dates on the public topic', () => {
  it('publishes a provisional resolve date, not the other provisional dates', () => {
    const mark = { from: '2027-01-20', workingDays: 15, years: [2027] };
    const out = appealsIntegrationMapper.map(
      recorded({
        type: 'DueDatesMarkedProvisional',
        data: {
          dueDates: { resolve: { ...mark, due: '2027-02-12' }, reply: { ...mark, due: '2027-01-25' } },
        },
      }),
    );
    expect(
      out === null ? null : parseCloudEvent(RequestResolveDueProvisionalV1, out.cloudEvent).data,
    ).toEqual({
      requestId: 'r1',
      resolveDue: '2027-02-12',
      provisionalYears: [2027],
    });
    expect(
      appealsIntegrationMapper.map(
        recorded({
          type: 'DueDatesMarkedProvisional',
          data: { dueDates: { claim: { ...mark, due: '2027-01-22' } } },
        }),
      ),
    ).toBeNull();
  });

  it('publishes the re-derived resolve date with the old one and the notice', () => {
    const out = appealsIntegrationMapper.map(
      recorded({
        type: 'DueDatesRederived',
        data: {
          rederivedOn: '2027-01-20',
          notices: [{ year: 2027, title: '测试用', documentNumber: '测试〔2026〕1号' }],
          changes: [
            { kind: 'reply', previousDue: '2027-01-25', due: '2027-01-25', provisionalYears: [] },
            { kind: 'resolve', previousDue: '2027-02-12', due: '2027-02-17', provisionalYears: [] },
          ],
        },
      }),
    );
    expect(out?.key).toBe('r1');
    expect(out === null ? null : parseCloudEvent(RequestResolveDueRederivedV1, out.cloudEvent).data).toEqual({
      requestId: 'r1',
      previousResolveDue: '2027-02-12',
      resolveDue: '2027-02-17',
      provisionalYears: [],
      notices: [{ year: 2027, documentNumber: '测试〔2026〕1号' }],
      rederivedOn: '2027-01-20',
    });
  });
});
