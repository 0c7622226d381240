import {
  CREDIT_TOPIC,
  IntegrityRecordCorrectedV1,
  IntegrityRecordedV1,
  PublicationEndedV1,
  RestrictionImposedV1,
  RestrictionLiftedV1,
} from '@qinqing/credit/contracts';
import {
  documentNumberKey,
  integrityRecordStreamId,
  type IntegrityRecordEvent,
  type RestrictionEvent,
  restrictionStreamId,
} from '@qinqing/credit/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { creditIntegrationMapper } from './credit-integration.mapper';

const recorded = (streamId: string, event: IntegrityRecordEvent | RestrictionEvent): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000001',
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'staff-1',
    actorRole: 'administrator',
    occurredAt: '2026-12-02T02:00:00.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-12-02T02:00:00.000Z'),
});

const NUMBER = '昆市监罚〔2026〕12号';
const STREAM = integrityRecordStreamId(documentNumberKey(NUMBER));

const facts = {
  documentNumber: NUMBER,
  kind: 'bribery',
  severity: 'serious',
  issuingAuthority: '昆山市人民法院',
  decidedOn: '2026-05-10',
  legalBasis: '《中华人民共和国刑法》第三百九十三条',
  evidenceReference: '档案室 B-17 卷',
  creditCode: '91330203MA2H5K7P7A',
  enterpriseName: '宁波海曙甬创智能制造有限公司',
  penaltyCategory: null,
  penaltyContent: null,
  polarity: 'negative',
  disclosure: {
    published: true,
    minimumEnds: '2027-05-10',
    repairableFrom: '2027-05-11',
    publicUntil: '2029-05-10',
  },
} as const;

describe('the credit public events', () => {
  it('publishes a recorded record on its topic, keyed by its document number, without who recorded it or the evidence', () => {
    const out = creditIntegrationMapper.map(
      recorded(STREAM, {
        type: 'IntegrityRecorded',
        data: { ...facts, source: 'staff', recordedBy: 'staff-1', recordedAt: '2026-12-02T02:00:00.000Z' },
      }),
    );
    expect(out?.topic).toBe(CREDIT_TOPIC);
    expect(out?.key).toBe(NUMBER);
    const { evidenceReference: _evidence, ...published } = facts;
    expect(out === null ? null : parseCloudEvent(IntegrityRecordedV1, out.cloudEvent).data).toEqual({
      ...published,
      recordedAt: '2026-12-02T02:00:00.000Z',
    });
    expect(JSON.stringify(out)).not.toContain('staff-1');
    expect(JSON.stringify(out)).not.toContain('B-17');
  });

  it('publishes a correction with what changed, but not its free-text reason', () => {
    const out = creditIntegrationMapper.map(
      recorded(STREAM, {
        type: 'RecordCorrected',
        data: {
          ...facts,
          changed: ['severity'],
          reason: '经办人张伟核实后更正',
          correctedBy: 'staff-2',
          correctedAt: '2026-12-03T02:00:00.000Z',
        },
      }),
    );
    expect(
      out === null ? null : parseCloudEvent(IntegrityRecordCorrectedV1, out.cloudEvent).data,
    ).toMatchObject({
      documentNumber: NUMBER,
      severity: 'serious',
      changed: ['severity'],
      correctedAt: '2026-12-03T02:00:00.000Z',
    });
    expect(JSON.stringify(out)).not.toContain('张伟');
    expect(JSON.stringify(out)).not.toContain('staff-2');
  });

  it('publishes the end of publication with the period it ends', () => {
    const out = creditIntegrationMapper.map(
      recorded(STREAM, {
        type: 'PublicationEnded',
        data: {
          documentNumber: NUMBER,
          creditCode: '91330203MA2H5K7P7A',
          publicUntil: '2029-05-10',
          endedOn: '2029-05-11',
          endedAt: '2029-05-11T01:00:00.000Z',
        },
      }),
    );
    expect(out?.key).toBe(NUMBER);
    expect(out === null ? null : parseCloudEvent(PublicationEndedV1, out.cloudEvent).data).toEqual({
      documentNumber: NUMBER,
      creditCode: '91330203MA2H5K7P7A',
      publicUntil: '2029-05-10',
      endedOn: '2029-05-11',
    });
  });

  it('leaves other contexts’ streams alone', () => {
    expect(
      creditIntegrationMapper.map(
        recorded('appeals-request-first', {
          type: 'IntegrityRecorded',
          data: { ...facts, source: 'staff', recordedBy: 'staff-1', recordedAt: '2026-12-02T02:00:00.000Z' },
        }),
      ),
    ).toBeNull();
  });

  it('publishes a restriction keyed like its record, with the rule and its source, and its lifting', () => {
    const imposed = creditIntegrationMapper.map(
      recorded(restrictionStreamId(documentNumberKey(NUMBER)), {
        type: 'RestrictionImposed',
        data: {
          restrictionId: `${NUMBER}#1`,
          documentNumber: NUMBER,
          creditCode: '91330203MA2H5K7P7A',
          kind: 'bribery',
          severity: 'serious',
          rule: 'bribery-restrictions',
          purposes: ['honours', 'policy-benefits', 'public-procurement', 'key-enterprise-pairing'],
          startsOn: '2026-05-10',
          endsOn: '2029-05-10',
          issuingAuthority: '昆山市人民法院',
          factsAt: '2026-12-02T02:00:00.000Z',
          imposedAt: '2026-12-02T02:00:01.000Z',
        },
      }),
    );
    expect(imposed?.topic).toBe(CREDIT_TOPIC);
    expect(imposed?.key).toBe(NUMBER);
    const data = imposed === null ? null : parseCloudEvent(RestrictionImposedV1, imposed.cloudEvent).data;
    expect(data).toMatchObject({
      restrictionId: `${NUMBER}#1`,
      purposes: ['honours', 'policy-benefits', 'public-procurement', 'key-enterprise-pairing'],
      rule: 'bribery-restrictions',
    });
    expect(data?.ruleSource.zh).toContain('昆山 六(5)');
    const lifted = creditIntegrationMapper.map(
      recorded(restrictionStreamId(documentNumberKey(NUMBER)), {
        type: 'RestrictionLifted',
        data: {
          restrictionId: `${NUMBER}#1`,
          documentNumber: NUMBER,
          creditCode: '91330203MA2H5K7P7A',
          reason: 'repaired',
          liftedOn: '2027-06-01',
          factsAt: null,
          liftedAt: '2027-06-01T02:00:00.000Z',
        },
      }),
    );
    expect(lifted?.key).toBe(NUMBER);
    expect(lifted === null ? null : parseCloudEvent(RestrictionLiftedV1, lifted.cloudEvent).data).toEqual({
      restrictionId: `${NUMBER}#1`,
      documentNumber: NUMBER,
      creditCode: '91330203MA2H5K7P7A',
      reason: 'repaired',
      liftedOn: '2027-06-01',
    });
  });
});
