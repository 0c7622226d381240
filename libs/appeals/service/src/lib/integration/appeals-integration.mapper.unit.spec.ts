import {
  RequestEscalatedV1,
  RequestInformedV1,
  RequestResolvedV1,
  RequestResolveDueProvisionalV1,
  RequestResolveDueRederivedV1,
} from '@qinqing/appeals/contracts';
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

/**
 * What a leading official or a symposium promised an enterprise is a public record: the answer's words go out
 * for requests raised at a liaison visit or symposium, and for no other request.
 */
describe('the words of an answer on the public topic', () => {
  const outcome = { departmentId: 'dept-market', due: '2027-01-29', onTime: true, feedbackDue: '2027-02-19' };
  const resolved = (origin?: string) =>
    recorded({
      type: 'RequestResolved',
      data: {
        ...outcome,
        ...(origin === undefined ? {} : { origin }),
        answer: '已协调供电公司，下周完成增容',
        resolvedAt: '2027-01-20T02:00:00.000Z',
        resolvedOn: '2027-01-20',
      },
    });
  const informed = (origin?: string) =>
    recorded({
      type: 'RequestInformed',
      data: {
        ...outcome,
        ...(origin === undefined ? {} : { origin }),
        reason: '该地块属于生态保护红线范围',
        basis: '《中华人民共和国土地管理法》第四条',
        informedAt: '2027-01-20T02:00:00.000Z',
        informedOn: '2027-01-20',
      },
    });
  const escalated = (origin?: string) =>
    recorded({
      type: 'RequestEscalated',
      data: {
        ...outcome,
        ...(origin === undefined ? {} : { origin }),
        upperLevelUnit: '宁波市发展和改革委员会',
        upperLevelReference: '甬发改〔2027〕3号',
        note: '已报市发改委统筹',
        escalatedAt: '2027-01-20T02:00:00.000Z',
        escalatedOn: '2027-01-20',
      },
    });
  const dataOf = <D extends Parameters<typeof parseCloudEvent>[0]>(definition: D, event: RecordedEvent) => {
    const out = appealsIntegrationMapper.map(event);
    return out === null
      ? null
      : (parseCloudEvent(definition, out.cloudEvent).data as Record<string, unknown>);
  };

  it.each(['liaison-visit', 'liaison-symposium'])('publishes them for a request from a %s', (origin) => {
    expect(dataOf(RequestResolvedV1, resolved(origin))).toEqual({
      requestId: 'r1',
      departmentId: 'dept-market',
      resolvedAt: '2027-01-20T02:00:00.000Z',
      onTime: true,
      answerText: '已协调供电公司，下周完成增容',
    });
    expect(dataOf(RequestInformedV1, informed(origin))?.['answerText']).toBe(
      '该地块属于生态保护红线范围（《中华人民共和国土地管理法》第四条）',
    );
    expect(dataOf(RequestEscalatedV1, escalated(origin))?.['answerText']).toBe('已报市发改委统筹');
  });

  it.each([undefined, 'queue-ticket'])('keeps them private for any other request (origin %s)', (origin) => {
    expect(dataOf(RequestResolvedV1, resolved(origin))).toEqual({
      requestId: 'r1',
      departmentId: 'dept-market',
      resolvedAt: '2027-01-20T02:00:00.000Z',
      onTime: true,
    });
    expect(dataOf(RequestInformedV1, informed(origin))).not.toHaveProperty('answerText');
    expect(dataOf(RequestEscalatedV1, escalated(origin))).not.toHaveProperty('answerText');
  });
});
