import { describe, expect, it } from 'vitest';
import { readCsv } from '@qinqing/shared/spreadsheet';
import { mapPenaltyColumns, normaliseDecisionDate, penaltyRowOf } from './penalty-rows';

describe('双公示 penalty rows', () => {
  it('reads dates as files write them, and leaves others for the decider to refuse', () => {
    expect(normaliseDecisionDate('2026/5/10')).toBe('2026-05-10');
    expect(normaliseDecisionDate('2026年5月10日')).toBe('2026-05-10');
    expect(normaliseDecisionDate('2026.05.10')).toBe('2026-05-10');
    expect(normaliseDecisionDate(' 2026-05-10 ')).toBe('2026-05-10');
    expect(normaliseDecisionDate('10/05/2026')).toBe('10/05/2026');
  });

  it('maps the standard headings and their variants, keeps the first of a repeated one, lists what is missing', () => {
    const map = mapPenaltyColumns([
      '行政相对人名称',
      '行政相对人代码_1（统一社会信用代码）',
      ' 处罚决定书文号 ',
      '处罚决定书文号',
      '备注',
    ]);
    expect([...map.columns.keys()]).toEqual(['enterpriseName', 'creditCode', 'documentNumber']);
    expect(map.ignored).toEqual(['处罚决定书文号', '备注']);
    expect(map.missing).toEqual([
      '处罚类别',
      '处罚内容',
      '处罚决定日期',
      '处罚机关',
      '数据来源',
      '失信程度',
      '处罚依据',
    ]);
  });

  it('turns a row into the facts of an administrative penalty, the severity in the API’s words', () => {
    const sheet = readCsv(
      Buffer.from(
        '\uFEFF处罚依据,失信程度,数据来源,处罚机关,处罚决定日期,处罚内容,处罚类别,处罚决定书文号,统一社会信用代码,行政相对人名称\n' +
          '《广告法》第五十五条,严重失信,市场监管局,某局,2026/3/1,"罚款,二万元",罚款,某罚〔2026〕1号,91330203MA2H5K7P7A,某公司\n',
      ),
    );
    const [row] = sheet.rows;
    expect(row && penaltyRowOf(mapPenaltyColumns(sheet.header), row)).toEqual({
      row: 2,
      documentNumber: '某罚〔2026〕1号',
      facts: {
        kind: 'administrative-penalty',
        severity: 'serious',
        issuingAuthority: '某局',
        decidedOn: '2026-03-01',
        legalBasis: '《广告法》第五十五条',
        evidenceReference: '市场监管局',
        creditCode: '91330203MA2H5K7P7A',
        enterpriseName: '某公司',
        penaltyCategory: '罚款',
        penaltyContent: '罚款,二万元',
      },
    });
  });
});
