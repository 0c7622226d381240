import {
  ConflictDeclaredV1,
  ConflictWithdrawnV1,
  InteractionFilingDecidedV1,
  InteractionFilingFiledV1,
  PROBLEM_CONTACT_SEAL_PURPOSE,
  RecusalRecordedV1,
  SymposiumProblemRaisedV2,
} from '@qinqing/liaison/contracts';
import {
  declarationsStreamId,
  filingStreamId,
  type SymposiumProblemRaised,
  symposiumStreamId,
} from '@qinqing/liaison/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import { FieldSeal, type LogCursor, type RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { createLiaisonIntegrationMapper } from './liaison-integration.mapper';

const seal = FieldSeal.fromSecrets(['a-shared-secret-of-the-tests-of-32-bytes']);
const liaisonIntegrationMapper = createLiaisonIntegrationMapper(seal);

const FILING = '01960000-0000-7000-8000-0000000000f1';
const recorded = (
  streamId: string,
  event: { readonly type: string; readonly data: unknown },
): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000001',
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'official-1',
    actorRole: 'leading-official',
    occurredAt: '2026-09-20T02:00:00.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-09-20T02:00:00.000Z'),
});

const filed = {
  type: 'InteractionFiled',
  data: {
    filingId: FILING,
    officialId: 'official-account-1',
    superiorId: 'superior-account-1',
    jurisdiction: '370200',
    activityKind: 'annual-meeting',
    organiser: { kind: 'enterprise', creditCode: '91350100M000100Y43', name: '某公司' },
    enterpriseCreditCodes: ['91350100M000100Y43'],
    title: '年会',
    purpose: '听取意见',
    eventDate: '2026-09-30',
    filedAt: '2026-09-20T02:00:00.000Z',
  },
};

describe('the public events of interaction filings', () => {
  it('publishes a filing keyed by its id, without the official, the superior or the free text', () => {
    const out = liaisonIntegrationMapper.map(recorded(filingStreamId(FILING), filed));
    expect(out?.key).toBe(FILING);
    const event = parseCloudEvent(InteractionFilingFiledV1, out?.cloudEvent);
    expect(event.data).toEqual({
      filingId: FILING,
      jurisdiction: '370200',
      activityKind: 'annual-meeting',
      organiserKind: 'enterprise',
      enterpriseCreditCodes: ['91350100M000100Y43'],
      eventDate: '2026-09-30',
      filedAt: '2026-09-20T02:00:00.000Z',
    });
    expect(JSON.stringify(out)).not.toMatch(/official-account-1|superior-account-1|听取意见/u);
  });

  it('publishes a refusal without its reason', () => {
    const out = liaisonIntegrationMapper.map(
      recorded(filingStreamId(FILING), {
        type: 'FilingRefused',
        data: {
          filingId: FILING,
          refusedBy: 'superior-account-1',
          reason: '与本职无关',
          refusedAt: '2026-09-21T02:00:00.000Z',
        },
      }),
    );
    expect(parseCloudEvent(InteractionFilingDecidedV1, out?.cloudEvent).data).toEqual({
      filingId: FILING,
      outcome: 'refused',
      reportDue: null,
      decidedAt: '2026-09-21T02:00:00.000Z',
    });
    expect(JSON.stringify(out)).not.toContain('与本职无关');
  });

  const RELATION = '01960000-0000-7000-8000-0000000000d1';
  const declared = (ties: readonly { creditCode: string; kind: string; detail: string }[]) =>
    recorded(declarationsStreamId('official-1'), {
      type: 'RelationDeclared',
      data: {
        officialId: 'official-1',
        relationId: RELATION,
        relation: 'spouse',
        name: '张三',
        idNumberHash: 'hmac-sha256:secret-hash',
        idNumberMasked: '110105********002X',
        ties,
        declaredAt: '2026-09-20T02:00:00.000Z',
      },
    });

  it('publishes of a declaration only who keeps away from which enterprises: no name, relation, ID or detail', () => {
    const out = liaisonIntegrationMapper.map(
      declared([
        { creditCode: '91350100M000100Y43', kind: 'shareholding', detail: '持股 5%' },
        { creditCode: '91350100M000100Y43', kind: 'position', detail: '监事' },
        { creditCode: '91350582MA21111143', kind: 'business', detail: '供货' },
      ]),
    );
    expect(out?.key).toBe('official-1');
    expect(parseCloudEvent(ConflictDeclaredV1, out?.cloudEvent).data).toEqual({
      accountId: 'official-1',
      sourceId: RELATION,
      creditCodes: ['91350100M000100Y43', '91350582MA21111143'],
      declaredAt: '2026-09-20T02:00:00.000Z',
    });
    expect(JSON.stringify(out)).not.toMatch(/张三|spouse|hmac|secret-hash|\*\*\*\*|持股|监事|供货/u);
  });

  it('keeps a person declared with no tie to an enterprise private', () => {
    expect(liaisonIntegrationMapper.map(declared([]))).toBeNull();
  });

  it('publishes a withdrawal without its reason, and a recusal without origin, decider or reason', () => {
    const withdrawn = liaisonIntegrationMapper.map(
      recorded(declarationsStreamId('official-1'), {
        type: 'RelationWithdrawn',
        data: {
          officialId: 'official-1',
          relationId: RELATION,
          reason: '已离婚',
          withdrawnAt: '2026-09-21T02:00:00.000Z',
        },
      }),
    );
    expect(parseCloudEvent(ConflictWithdrawnV1, withdrawn?.cloudEvent).data).toEqual({
      accountId: 'official-1',
      sourceId: RELATION,
      withdrawnAt: '2026-09-21T02:00:00.000Z',
    });
    expect(JSON.stringify(withdrawn)).not.toContain('已离婚');
    const recusal = liaisonIntegrationMapper.map(
      recorded(declarationsStreamId('official-1'), {
        type: 'RecusalRecorded',
        data: {
          officialId: 'official-1',
          recusalId: '01960000-0000-7000-8000-0000000000e1',
          enterpriseCreditCode: '91350582MA21111143',
          origin: 'ordered',
          decidedBy: 'supervisor-account-1',
          reason: '应当回避而未回避',
          recordedAt: '2026-09-22T02:00:00.000Z',
        },
      }),
    );
    expect(recusal?.key).toBe('official-1');
    expect(parseCloudEvent(RecusalRecordedV1, recusal?.cloudEvent).data).toEqual({
      accountId: 'official-1',
      recusalId: '01960000-0000-7000-8000-0000000000e1',
      creditCode: '91350582MA21111143',
      recordedAt: '2026-09-22T02:00:00.000Z',
    });
    expect(JSON.stringify(recusal)).not.toMatch(/supervisor-account-1|应当回避|ordered/u);
  });

  it('publishes a symposium problem with the enterprise contact sealed, for appeals alone to open', () => {
    const symposiumId = '01960000-0000-7000-8000-0000000000c1';
    const raised: SymposiumProblemRaised = {
      type: 'SymposiumProblemRaised',
      data: {
        symposiumId,
        problemId: '01960000-0000-7000-8000-0000000000b1',
        convenerUnitId: 'dept-dev-reform',
        enterprise: { creditCode: '91330203MA2H5K7P0X', name: '宁波某企业' },
        title: '用电增容',
        description: '新产线需增容',
        contact: { name: '李娜', phone: '13905740002' },
        raisedOn: '2026-11-20',
        raisedBy: 'official-1',
      },
    };
    const out = liaisonIntegrationMapper.map(recorded(symposiumStreamId(symposiumId), raised));
    const event = parseCloudEvent(SymposiumProblemRaisedV2, out?.cloudEvent);
    expect(event.data).toMatchObject({ source: 'symposium', symposiumId, convenerUnitId: 'dept-dev-reform' });
    expect(JSON.stringify(out?.cloudEvent)).not.toMatch(/13905740002|李娜|official-1/u);
    expect(JSON.parse(seal.open(PROBLEM_CONTACT_SEAL_PURPOSE, event.data.sealedContact))).toEqual({
      name: '李娜',
      phone: '13905740002',
    });
  });
});
