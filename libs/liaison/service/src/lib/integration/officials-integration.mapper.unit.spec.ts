import { PairingStartedV1, VisitProblemRaisedV1 } from '@qinqing/liaison/contracts';
import {
  PAIRING_REGISTER_STREAM_ID,
  type PairingStarted,
  type VisitLogged,
  type VisitProblemRaised,
  visitStreamId,
} from '@qinqing/liaison/domain';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { liaisonIntegrationMapper } from './liaison-integration.mapper';

const first17 = `91330203MA2H5K7P${computeOrganisationCodeCheckChar('MA2H5K7P')}`;
const CODE = `${first17}${computeCreditCodeCheckChar(first17)}`;
const enterprise = { creditCode: CODE, name: '宁波海曙甬创智能制造有限公司' };

const recorded = (
  streamId: string,
  event: { readonly type: string; readonly data: unknown },
): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000002',
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'official-1',
    actorRole: 'leading-official',
    occurredAt: '2026-12-02T02:00:00.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-12-02T02:00:00.000Z'),
});

const started: PairingStarted = {
  type: 'PairingStarted',
  data: {
    pairingId: 'p1',
    officialId: 'official-1',
    officialUnitId: 'dept-market-regulation',
    enterprise,
    category: 'four-new',
    startDate: '2026-01-05',
    exception: { justification: '内部理由', grantedBy: 'admin-1' },
    pairedBy: 'admin-1',
    pairedAt: '2026-12-02T02:00:00.000Z',
  },
};

const raised: VisitProblemRaised = {
  type: 'VisitProblemRaised',
  data: {
    problemId: '01960000-0000-7000-8000-00000000a001',
    visitId: 'v1',
    pairingId: 'p1',
    officialUnitId: 'dept-market-regulation',
    enterprise,
    contact: { name: '张敏', phone: '13805740001' },
    raisedOn: '2026-11-20',
    title: '招工难',
    description: '技术工人缺口30人',
  },
};

describe('the public events of pairings and visits', () => {
  it('publishes a pairing keyed by the enterprise’s credit code, without the exception’s reasons or who paired', () => {
    const out = liaisonIntegrationMapper.map(recorded(PAIRING_REGISTER_STREAM_ID, started));
    expect(out?.key).toBe(CODE);
    const event = parseCloudEvent(PairingStartedV1, out?.cloudEvent);
    expect(event.data).toEqual({
      pairingId: 'p1',
      officialId: 'official-1',
      officialUnitId: 'dept-market-regulation',
      enterpriseCreditCode: CODE,
      enterpriseName: enterprise.name,
      category: 'four-new',
      startDate: '2026-01-05',
    });
    expect(JSON.stringify(out)).not.toContain('内部理由');
  });

  it('publishes each visit problem for appeals, valid against its contract', () => {
    const out = liaisonIntegrationMapper.map(recorded(visitStreamId('v1'), raised));
    const event = parseCloudEvent(VisitProblemRaisedV1, out?.cloudEvent);
    expect(event.data).toMatchObject({
      problemId: raised.data.problemId,
      officialUnitId: 'dept-market-regulation',
      contact: { phone: '13805740001' },
    });
  });

  it('keeps the visit itself (participants, what was learned, the conduct declaration) inside liaison', () => {
    const logged: VisitLogged = {
      type: 'VisitLogged',
      data: {
        visitId: 'v1',
        pairingId: 'p1',
        officialId: 'official-1',
        officialUnitId: 'dept-market-regulation',
        enterprise,
        date: '2026-11-20',
        form: 'on-site',
        participants: ['周建国'],
        learned: '情况',
        problems: [],
        contact: null,
        conduct: {
          meal: 'other',
          alcohol: true,
          transport: 'own',
          costsBorneBy: 'official-unit',
          note: '说明',
        },
        breaches: ['meal', 'alcohol'],
        loggedAt: '2026-12-02T02:00:00.000Z',
      },
    };
    expect(liaisonIntegrationMapper.map(recorded(visitStreamId('v1'), logged))).toBeNull();
  });
});
