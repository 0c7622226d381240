import {
  PairingStartedV1,
  PROBLEM_CONTACT_SEAL_PURPOSE,
  problemContactSchema,
  VisitProblemRaisedV2,
} from '@qinqing/liaison/contracts';
import {
  PAIRING_REGISTER_STREAM_ID,
  type PairingStarted,
  type VisitLogged,
  type VisitProblemRaised,
  visitStreamId,
} from '@qinqing/liaison/domain';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import { FieldSeal, type LogCursor, type RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { createLiaisonIntegrationMapper } from './liaison-integration.mapper';

const seal = FieldSeal.fromSecrets(['a-shared-secret-of-the-tests-of-32-bytes']);
const liaisonIntegrationMapper = createLiaisonIntegrationMapper(seal);

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

  it('publishes each visit problem for appeals, the enterprise contact sealed: nobody else on the topic reads it', () => {
    const out = liaisonIntegrationMapper.map(recorded(visitStreamId('v1'), raised));
    const event = parseCloudEvent(VisitProblemRaisedV2, out?.cloudEvent);
    expect(event.data).toMatchObject({
      problemId: raised.data.problemId,
      officialUnitId: 'dept-market-regulation',
    });
    expect(event.data).not.toHaveProperty('contact');
    const wire = JSON.stringify(out?.cloudEvent);
    expect(wire).not.toContain('13805740001');
    expect(wire).not.toContain('张敏');
    // A service holding the platform's secret opens it; a key of another deployment does not.
    expect(
      problemContactSchema.parse(
        JSON.parse(seal.open(PROBLEM_CONTACT_SEAL_PURPOSE, event.data.sealedContact)),
      ),
    ).toEqual({ name: '张敏', phone: '13805740001' });
    expect(() =>
      FieldSeal.forOneProcess().open(PROBLEM_CONTACT_SEAL_PURPOSE, event.data.sealedContact),
    ).toThrow();
  });

  it('publishes that a visit took place, keeping the visit itself (participants, what was learned, the conduct declaration) inside liaison', () => {
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
    const published = liaisonIntegrationMapper.map(recorded(visitStreamId('v1'), logged));
    expect(published?.cloudEvent.type).toBe('cn.qinqing.liaison.visit.logged.v1');
    expect(published?.cloudEvent.data).toEqual({
      visitId: 'v1',
      pairingId: 'p1',
      enterpriseCreditCode: enterprise.creditCode,
      visitedOn: '2026-11-20',
      form: 'on-site',
    });
    const wire = JSON.stringify(published?.cloudEvent);
    for (const secret of ['周建国', '情况', 'alcohol', 'official-1', '说明'])
      expect(wire).not.toContain(secret);
  });
});
