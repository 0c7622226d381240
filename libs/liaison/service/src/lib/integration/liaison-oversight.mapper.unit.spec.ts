import { InteractionFilingStaffActedV1 } from '@qinqing/liaison/contracts';
import { filingStreamId, symposiumStreamId } from '@qinqing/liaison/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import { FieldSeal, type LogCursor, type RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { createLiaisonIntegrationMapper } from './liaison-integration.mapper';
import { liaisonOversightMapper } from './liaison-oversight.mapper';

const FILING = '01960000-0000-7000-8000-0000000000f1';
const OFFICIAL = '01960000-0000-7000-8000-000000000101';
const SUPERIOR = '01960000-0000-7000-8000-000000000102';

const recorded = (type: string, data: unknown, streamId = filingStreamId(FILING)): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000001',
  type,
  schemaVersion: 1,
  data,
  // The envelope's actor is not what the event says: the mapper must take the account from the event.
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'someone-else',
    actorRole: 'administrator',
    occurredAt: '2026-09-20T02:00:00.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-09-20T02:00:00.000Z'),
});

const filed = recorded('InteractionFiled', {
  filingId: FILING,
  officialId: OFFICIAL,
  superiorId: SUPERIOR,
  jurisdiction: '370200',
  activityKind: 'annual-meeting',
  organiser: { kind: 'enterprise', creditCode: '91350100M000100Y43', name: '某公司' },
  enterpriseCreditCodes: ['91350100M000100Y43'],
  title: '年会',
  purpose: '听取意见',
  eventDate: '2026-09-30',
  filedAt: '2026-09-20T02:00:00.000Z',
});

const staffActed = (event: RecordedEvent) => {
  const out = liaisonOversightMapper.map(event);
  expect(out?.key).toBe(FILING);
  return parseCloudEvent(InteractionFilingStaffActedV1, JSON.parse(JSON.stringify(out?.cloudEvent)));
};

describe('the oversight events of interaction filings (who filed, who decided)', () => {
  it('names the filing official’s account on a filing, and nothing of its text, enterprise or superior', () => {
    const event = staffActed(filed);
    expect(event.data).toEqual({
      filingId: FILING,
      accountId: OFFICIAL,
      action: 'filed',
      actedAt: '2026-09-20T02:00:00.000Z',
    });
    for (const kept of ['年会', '听取意见', '某公司', '91350100M000100Y43', SUPERIOR, 'someone-else'])
      expect(JSON.stringify(event)).not.toContain(kept);
  });

  it('names the deciding superior on an approval and on a refusal (never the reason)', () => {
    const approved = staffActed(
      recorded('FilingApproved', {
        filingId: FILING,
        approvedBy: SUPERIOR,
        reportDue: '2026-10-09',
        reportWithinWorkingDays: 5,
        approvedAt: '2026-09-21T02:00:00.000Z',
      }),
    );
    expect(approved.data).toMatchObject({ accountId: SUPERIOR, action: 'approved' });
    const refused = staffActed(
      recorded('FilingRefused', {
        filingId: FILING,
        refusedBy: SUPERIOR,
        reason: '与本职工作无关',
        refusedAt: '2026-09-21T03:00:00.000Z',
      }),
    );
    expect(refused.data).toEqual({
      filingId: FILING,
      accountId: SUPERIOR,
      action: 'refused',
      actedAt: '2026-09-21T03:00:00.000Z',
    });
    expect(JSON.stringify(refused)).not.toContain('与本职工作无关');
  });

  it('publishes beside the filing’s own event under an id of its own, the same on every resend', () => {
    const main = createLiaisonIntegrationMapper(
      FieldSeal.fromSecrets(['a-shared-secret-of-the-tests-of-32-bytes']),
    );
    const first = liaisonOversightMapper.map(filed)?.cloudEvent.id;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    expect(first).not.toBe(main.map(filed)?.cloudEvent.id);
    expect(liaisonOversightMapper.map(filed)?.cloudEvent.id).toBe(first);
  });

  it('keeps reports, overdue alerts and every other stream to itself', () => {
    const reported = recorded('InteractionReported', {
      filingId: FILING,
      summary: '已报告',
      conductKept: true,
      late: false,
      reportedAt: '2026-10-01T02:00:00.000Z',
    });
    expect(liaisonOversightMapper.map(reported)).toBeNull();
    expect(liaisonOversightMapper.map({ ...filed, streamId: symposiumStreamId('s-1') })).toBeNull();
  });
});
