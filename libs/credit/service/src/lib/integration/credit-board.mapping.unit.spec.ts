import { BoardPublishedV1, CleanEnterpriseEvaluatedV1, PledgeSignedV1 } from '@qinqing/credit/contracts';
import {
  boardStreamId,
  cleanEnterpriseStreamId,
  pledgeStreamId,
  type BoardEvent,
  type CleanEnterpriseEvent,
  type PledgeEvent,
} from '@qinqing/credit/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { creditIntegrationMapper } from './credit-integration.mapper';

const recorded = (
  streamId: string,
  event: BoardEvent | PledgeEvent | CleanEnterpriseEvent,
): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000002',
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'credit.zhao',
    actorRole: 'credit-officer',
    occurredAt: '2027-01-04T02:00:00.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2027-01-04T02:00:00.000Z'),
});

const entry = {
  creditCode: '91330203MA2H5K7P7A',
  enterpriseName: '宁波海曙甬创智能制造有限公司',
  documentNumber: '甬海市监罚〔2026〕88号',
  kind: 'administrative-penalty',
  severity: 'serious',
  issuingAuthority: '宁波市海曙区市场监督管理局',
  decidedOn: '2026-05-10',
  publicUntil: '2029-05-10',
} as const;

const snapshot = {
  boardId: 'board-2026-Q4',
  period: '2026-Q4',
  periodLength: 'quarter',
  firstDay: '2026-10-01',
  lastDay: '2026-12-31',
  asOf: '2027-01-04',
  red: [],
  black: [entry],
} as const;

describe('the public events of boards, pledges and 清廉企业 evaluations', () => {
  it('publishes a board only when approved, whole, keyed by its id, without who drafted or approved it', () => {
    const stream = boardStreamId('board-2026-Q4');
    expect(
      creditIntegrationMapper.map(
        recorded(stream, {
          type: 'BoardDrafted',
          data: {
            ...snapshot,
            draftedBy: 'credit.zhao',
            automatic: false,
            draftedAt: '2027-01-04T01:00:00.000Z',
          },
        }),
      ),
    ).toBeNull();
    const out = creditIntegrationMapper.map(
      recorded(stream, {
        type: 'BoardApproved',
        data: {
          ...snapshot,
          approvedBy: 'credit.qian',
          approvedOn: '2027-01-04',
          approvedAt: '2027-01-04T02:00:00.000Z',
        },
      }),
    );
    expect(out?.key).toBe('board-2026-Q4');
    expect(out === null ? null : parseCloudEvent(BoardPublishedV1, out.cloudEvent).data).toEqual({
      boardId: 'board-2026-Q4',
      period: '2026-Q4',
      firstDay: '2026-10-01',
      lastDay: '2026-12-31',
      asOf: '2027-01-04',
      approvedOn: '2027-01-04',
      red: [],
      black: [entry],
    });
    expect(JSON.stringify(out?.cloudEvent.data)).not.toContain('credit.qian');
  });

  it('publishes a pledge without the signatory’s name or the walk-in session', () => {
    const out = creditIntegrationMapper.map(
      recorded(pledgeStreamId('p-1'), {
        type: 'PledgeSigned',
        data: {
          pledgeId: 'p-1',
          creditCode: '91330203MA2H5K7P7A',
          signatoryName: '张建华',
          signatoryPosition: '董事长',
          textVersion: '2026.1',
          signedOn: '2026-12-02',
          signedAt: '2026-12-02T01:00:00.000Z',
          sessionId: 'walk-in-secret',
        },
      }),
    );
    expect(out?.key).toBe('91330203MA2H5K7P7A');
    expect(out === null ? null : parseCloudEvent(PledgeSignedV1, out.cloudEvent).data).toEqual({
      pledgeId: 'p-1',
      creditCode: '91330203MA2H5K7P7A',
      signedOn: '2026-12-02',
      textVersion: '2026.1',
      signatoryPosition: '董事长',
    });
    expect(JSON.stringify(out)).not.toMatch(/张建华|walk-in-secret/u);
  });

  it('publishes an evaluation’s result, keyed by the credit code', () => {
    const items = [{ item: 'no-bribery', passed: false, basis: '行贿-1' }] as const;
    const out = creditIntegrationMapper.map(
      recorded(cleanEnterpriseStreamId('91330203MA2H5K7P7A', 2025), {
        type: 'CleanEnterpriseEvaluated',
        data: {
          evaluationId: 'e-2',
          creditCode: '91330203MA2H5K7P7A',
          enterpriseName: '宁波海曙甬创智能制造有限公司',
          year: 2025,
          passed: false,
          items,
          checklist: { integritySystem: true },
          replaces: 'e-1',
          evaluatedBy: 'credit.zhao',
          evaluatedOn: '2026-12-02',
          evaluatedAt: '2026-12-02T01:00:00.000Z',
        },
      }),
    );
    expect(out?.key).toBe('91330203MA2H5K7P7A');
    expect(
      out === null ? null : parseCloudEvent(CleanEnterpriseEvaluatedV1, out.cloudEvent).data,
    ).toMatchObject({
      evaluationId: 'e-2',
      year: 2025,
      passed: false,
      items,
      replaces: 'e-1',
    });
  });
});
