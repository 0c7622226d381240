import {
  InteractionFilingDecidedV1,
  InteractionFilingFiledV1,
  PROBLEM_CONTACT_SEAL_PURPOSE,
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

  it('keeps declarations private: nothing of a relation or an ID number is published', () => {
    const out = liaisonIntegrationMapper.map(
      recorded(declarationsStreamId('official-1'), {
        type: 'RelationDeclared',
        data: {
          officialId: 'official-1',
          relationId: 'r',
          relation: 'spouse',
          name: '张三',
          idNumberHash: 'h',
          idNumberMasked: 'm',
          ties: [],
          declaredAt: '',
        },
      }),
    );
    expect(out).toBeNull();
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
