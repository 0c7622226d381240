import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import {
  type CorrectRecord,
  integrityRecordDecider,
  type RecordFactsInput,
  type RecordIntegrity,
} from './integrity-record.decide';
import type { IntegrityRecorded } from './integrity-record.events';
import { documentNumberKeyOfStream, integrityRecordStreamId } from './integrity-record.stream';
import { documentNumberKey } from './integrity-record.values';

// 2026-12-02 09:00 in China.
const now = new Date('2026-12-02T01:00:00.000Z');
const given = deciderSpecification(integrityRecordDecider, { now });

const penalty: RecordFactsInput = {
  kind: 'administrative-penalty',
  severity: 'general',
  issuingAuthority: ' 昆山市市场监督管理局 ',
  decidedOn: '2026-05-10',
  legalBasis: '《中华人民共和国产品质量法》第四十九条',
  evidenceReference: '案卷 2026-0137',
  creditCode: '91330203ma2h5k7p7a',
  enterpriseName: '宁波海曙甬创智能制造有限公司',
  penaltyCategory: ' 罚款 ',
  penaltyContent: '罚款人民币五万元',
};

const record: RecordIntegrity = {
  type: 'RecordIntegrity',
  documentNumber: ' 昆市监罚〔2026〕12号 ',
  facts: penalty,
  source: 'staff',
  recordedBy: 'staff-1',
};

const recorded: IntegrityRecorded = {
  type: 'IntegrityRecorded',
  data: {
    documentNumber: '昆市监罚〔2026〕12号',
    kind: 'administrative-penalty',
    severity: 'general',
    issuingAuthority: '昆山市市场监督管理局',
    decidedOn: '2026-05-10',
    legalBasis: '《中华人民共和国产品质量法》第四十九条',
    evidenceReference: '案卷 2026-0137',
    creditCode: '91330203MA2H5K7P7A',
    enterpriseName: '宁波海曙甬创智能制造有限公司',
    penaltyCategory: '罚款',
    penaltyContent: '罚款人民币五万元',
    polarity: 'negative',
    disclosure: {
      published: true,
      minimumEnds: '2026-08-10',
      repairableFrom: '2026-08-11',
      publicUntil: '2027-05-10',
    },
    source: 'staff',
    recordedBy: 'staff-1',
    recordedAt: now.toISOString(),
  },
};

const correct: CorrectRecord = {
  type: 'CorrectRecord',
  documentNumber: '昆市监罚〔2026〕12号',
  changes: { severity: 'serious' },
  reason: '复议决定变更为严重失信',
  correctedBy: 'staff-2',
};

describe('an integrity record (诚信档案)', () => {
  it('is recorded with its facts normalised and the periods of its severity', () => {
    given([]).when(record).then([recorded]);
  });

  it('is recorded once per document number, whoever asks again (409 naming the rule)', () => {
    given([recorded])
      .when({ ...record, facts: { ...penalty, severity: 'minor' } })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'record-exists',
          rule: { rule: 'integrity-file' },
        });
        expect(error.message.zh).toContain('更正');
        expect(error.message.en).toContain('correction');
      });
  });

  it('keys a document number by what it says, not by full-width forms or spaces', () => {
    expect(documentNumberKey('昆市监罚〔２０２６〕 12号')).toBe(documentNumberKey('昆市监罚〔2026〕12号'));
    expect(documentNumberKeyOfStream(integrityRecordStreamId('x〔2026〕1号'))).toBe('x〔2026〕1号');
    expect(documentNumberKeyOfStream('appeals-request-1')).toBeNull();
  });

  it('a minor penalty is recorded unpublished, repairable from its decision date', () => {
    given([])
      .when({ ...record, facts: { ...penalty, severity: 'minor' } })
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({
          disclosure: {
            published: false,
            minimumEnds: null,
            repairableFrom: '2026-05-10',
            publicUntil: null,
          },
        }),
      );
  });

  it('every negative kind needs a severity; a positive one (praise, honour) has none and no periods', () => {
    for (const kind of ['bribery', 'wage-arrears', 'tax-evasion', 'infringement', 'debt-evasion']) {
      given([])
        .when({
          ...record,
          facts: { ...penalty, kind, severity: null, penaltyCategory: null, penaltyContent: null },
        })
        .thenRejectsWith((error) =>
          expect(error).toMatchObject({ code: 'severity-required', field: 'severity' }),
        );
    }
    given([])
      .when({ ...record, facts: { ...penalty, kind: 'honour', severity: 'general', penaltyCategory: null } })
      .thenRejects('severity-not-applicable', 'validation');
    given([])
      .when({
        ...record,
        facts: { ...penalty, kind: 'honour', severity: null, penaltyCategory: null, penaltyContent: null },
      })
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({ polarity: 'positive', severity: null, disclosure: null }),
      );
  });

  it('refuses unknown kinds and severities, bad dates, future decisions and bad credit codes, naming the field', () => {
    const refusals: readonly [Partial<RecordFactsInput>, string, string][] = [
      [{ kind: 'fraud' }, 'unknown-record-kind', 'kind'],
      [{ severity: 'grave' }, 'unknown-severity', 'severity'],
      [{ decidedOn: '2026-02-30' }, 'invalid-decision-date', 'decidedOn'],
      [{ decidedOn: '2026-12-03' }, 'decision-in-future', 'decidedOn'],
      [{ creditCode: '91330203MA2H5K7P7Z' }, 'invalid-credit-code', 'creditCode'],
      [{ issuingAuthority: '  ' }, 'invalid-record-text', 'issuingAuthority'],
      [{ legalBasis: '' }, 'invalid-record-text', 'legalBasis'],
      [{ evidenceReference: '证'.repeat(501) }, 'invalid-record-text', 'evidenceReference'],
      [{ enterpriseName: '\n' }, 'invalid-record-text', 'enterpriseName'],
    ];
    for (const [change, code, field] of refusals) {
      given([])
        .when({ ...record, facts: { ...penalty, ...change } })
        .thenRejectsWith((error) => {
          expect(error).toMatchObject({ kind: 'validation', code, field });
          expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/u);
          expect(error.message.en).toMatch(/source:/u);
        });
    }
    given([])
      .when({ ...record, documentNumber: ' ' })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'invalid-record-text', field: 'documentNumber' }),
      );
  });

  it('keeps 处罚类别 and 处罚内容 for administrative penalties only; blank ones are none', () => {
    given([])
      .when({ ...record, facts: { ...penalty, kind: 'bribery' } })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'penalty-details-not-applicable', field: 'penaltyCategory' }),
      );
    given([])
      .when({ ...record, facts: { ...penalty, kind: 'bribery', penaltyCategory: ' ', penaltyContent: null } })
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({ penaltyCategory: null, penaltyContent: null }),
      );
  });

  it('takes a decision of today, in China’s day (09:00 on 2 December)', () => {
    given([])
      .when({ ...record, facts: { ...penalty, decidedOn: '2026-12-02' } })
      .thenEvents(([event]) => expect(event?.data).toMatchObject({ decidedOn: '2026-12-02' }));
  });
});

describe('correcting a record: a new event with its reason, nothing erased', () => {
  it('records the corrected facts, what changed, the reason and the new periods', () => {
    const { source: _source, recordedBy: _by, recordedAt: _at, ...facts } = recorded.data;
    given([recorded])
      .when(correct)
      .then([
        {
          type: 'RecordCorrected',
          data: {
            ...facts,
            severity: 'serious',
            disclosure: {
              published: true,
              minimumEnds: '2027-05-10',
              repairableFrom: '2027-05-11',
              publicUntil: '2029-05-10',
            },
            changed: ['severity'],
            reason: '复议决定变更为严重失信',
            correctedBy: 'staff-2',
            correctedAt: now.toISOString(),
          },
        },
      ]);
  });

  it('keeps every correction: the state counts them and ends with the last', () => {
    const state = [recorded].reduce(integrityRecordDecider.evolve, integrityRecordDecider.initialState());
    const first = integrityRecordDecider.decide(correct, state, { now });
    if (first.outcome === 'rejected') throw new Error(first.error.code);
    const after = first.events.reduce(integrityRecordDecider.evolve, state);
    const second = integrityRecordDecider.decide(
      { ...correct, changes: { decidedOn: '2026-05-11' } },
      after,
      { now },
    );
    if (second.outcome === 'rejected') throw new Error(second.error.code);
    expect(second.events.reduce(integrityRecordDecider.evolve, after)).toMatchObject({
      status: 'recorded',
      corrections: 2,
      facts: { severity: 'serious', decidedOn: '2026-05-11' },
      disclosure: { publicUntil: '2029-05-11' },
    });
  });

  it('refuses a correction that changes nothing, one without a reason, and one of no record', () => {
    given([recorded])
      .when({ ...correct, changes: { severity: 'general', issuingAuthority: '昆山市市场监督管理局 ' } })
      .thenRejects('nothing-to-correct', 'validation');
    given([recorded])
      .when({ ...correct, reason: '  ' })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'invalid-record-text', field: 'reason' }),
      );
    given([]).when(correct).thenRejects('record-not-found', 'not-found');
  });

  it('checks the corrected record by the same rules: a penalty turned into an honour must drop its severity', () => {
    given([recorded])
      .when({ ...correct, changes: { kind: 'honour', penaltyCategory: null, penaltyContent: null } })
      .thenRejects('severity-not-applicable', 'validation');
    given([recorded])
      .when({
        ...correct,
        changes: { kind: 'honour', severity: null, penaltyCategory: null, penaltyContent: null },
      })
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({
          polarity: 'positive',
          disclosure: null,
          changed: ['kind', 'severity', 'penaltyCategory', 'penaltyContent'],
        }),
      );
  });
});

describe('the end of publication (《信用修复管理办法》: at the maximum it stops by itself)', () => {
  const end = { type: 'EndPublication', documentNumber: '昆市监罚〔2026〕12号' } as const;
  // General, decided 2026-05-10: public until 2027-05-10.
  const dayAfter = new Date('2027-05-10T16:00:00.000Z'); // 2027-05-11 00:00 in China

  it('is recorded the day after the last public day, with the period it ends', () => {
    given([recorded])
      .when(end, { now: dayAfter })
      .then([
        {
          type: 'PublicationEnded',
          data: {
            documentNumber: '昆市监罚〔2026〕12号',
            creditCode: '91330203MA2H5K7P7A',
            publicUntil: '2027-05-10',
            endedOn: '2027-05-11',
            endedAt: dayAfter.toISOString(),
          },
        },
      ]);
  });

  it('is refused on the last public day, naming the period and the measures', () => {
    given([recorded])
      .when(end, { now: new Date('2027-05-10T15:59:59.000Z') })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ kind: 'conflict', code: 'publication-not-over' });
        expect(error.message.zh).toContain('2027-05-10');
        expect(error.message.zh).toContain('信用修复管理办法');
      });
  });

  it('is recorded once per period: asked again, nothing happens; a correction that moves the period makes a new end due', () => {
    const ended = integrityRecordDecider.decide(
      end,
      [recorded].reduce(integrityRecordDecider.evolve, integrityRecordDecider.initialState()),
      { now: dayAfter },
    );
    if (ended.outcome === 'rejected') throw new Error(ended.error.code);
    const history = [recorded, ...ended.events];
    given(history).when(end, { now: dayAfter }).then([]);
    const moved = integrityRecordDecider.decide(
      { ...correct, changes: { severity: 'serious' } },
      history.reduce(integrityRecordDecider.evolve, integrityRecordDecider.initialState()),
      { now: dayAfter },
    );
    if (moved.outcome === 'rejected') throw new Error(moved.error.code);
    given([...history, ...moved.events])
      .when(end, { now: dayAfter })
      .thenRejects('publication-not-over', 'conflict');
    given([...history, ...moved.events])
      .when(end, { now: new Date('2029-05-11T01:00:00.000Z') })
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({ publicUntil: '2029-05-10', endedOn: '2029-05-11' }),
      );
  });

  it('has nothing to end for an unpublished or positive record, nor for one not recorded', () => {
    const minor = {
      ...recorded,
      data: {
        ...recorded.data,
        severity: 'minor',
        disclosure: { published: false, minimumEnds: null, repairableFrom: '2026-05-10', publicUntil: null },
      },
    } as const;
    given([minor]).when(end, { now: dayAfter }).thenRejects('not-published', 'conflict');
    given([]).when(end, { now: dayAfter }).thenRejects('record-not-found', 'not-found');
  });
});
