import { describe, expect, it } from 'vitest';
import { parseIndustryCode } from './industry-code';
import { classifySize, INDUSTRY_GROUPS, type SizeIndicators } from './size-class';

type Row = readonly [string, SizeIndicators, 'large' | 'medium' | 'small' | 'micro', string];

/**
 * Given an industry code and indicators, when classified, then the class and group the 2017 document's
 * table gives (国统字〔2017〕213号 附表; X persons, Y and Z 万元). Each row sits on or next to a bound.
 */
const table: readonly Row[] = [
  // 农、林、牧、渔业: Y ≥ 20000 / 500 / 50
  ['A0111', { revenue: 20000 }, 'large', 'agriculture'],
  ['A01', { revenue: 19999.99 }, 'medium', 'agriculture'],
  ['A', { revenue: 500 }, 'medium', 'agriculture'],
  ['A05', { revenue: 50 }, 'small', 'agriculture'],
  ['A03', { revenue: 49.9 }, 'micro', 'agriculture'],
  // 工业: X ≥ 1000 / 300 / 20, Y ≥ 40000 / 2000 / 300
  ['C3511', { employees: 1000, revenue: 40000 }, 'large', 'industry'],
  ['C35', { employees: 999, revenue: 40000 }, 'medium', 'industry'],
  ['B06', { employees: 5000, revenue: 39999 }, 'medium', 'industry'],
  ['D4411', { employees: 300, revenue: 2000 }, 'medium', 'industry'],
  ['3511', { employees: 2000, revenue: 1999 }, 'small', 'industry'],
  ['C13', { employees: 20, revenue: 300 }, 'small', 'industry'],
  ['C13', { employees: 19, revenue: 1_000_000 }, 'micro', 'industry'],
  ['C13', { employees: 5000, revenue: 299 }, 'micro', 'industry'],
  // 建筑业: Y ≥ 80000 / 6000 / 300, Z ≥ 80000 / 5000 / 300
  ['E4710', { revenue: 80000, assets: 80000 }, 'large', 'construction'],
  ['E47', { revenue: 80000, assets: 79999 }, 'medium', 'construction'],
  ['E48', { revenue: 6000, assets: 4999 }, 'small', 'construction'],
  ['E50', { revenue: 299, assets: 100000 }, 'micro', 'construction'],
  // 批发业: X ≥ 200 / 20 / 5, Y ≥ 40000 / 5000 / 1000
  ['F5111', { employees: 200, revenue: 40000 }, 'large', 'wholesale'],
  ['F51', { employees: 20, revenue: 5000 }, 'medium', 'wholesale'],
  ['F51', { employees: 5, revenue: 1000 }, 'small', 'wholesale'],
  ['F51', { employees: 4, revenue: 50000 }, 'micro', 'wholesale'],
  // 零售业: X ≥ 300 / 50 / 10, Y ≥ 20000 / 500 / 100
  ['F5211', { employees: 300, revenue: 20000 }, 'large', 'retail'],
  ['F52', { employees: 50, revenue: 500 }, 'medium', 'retail'],
  ['F52', { employees: 10, revenue: 100 }, 'small', 'retail'],
  ['F52', { employees: 10, revenue: 99 }, 'micro', 'retail'],
  // 交通运输业 (G54–58, G591): X ≥ 1000 / 300 / 20, Y ≥ 30000 / 3000 / 200
  ['G5411', { employees: 1000, revenue: 30000 }, 'large', 'transport'],
  ['G591', { employees: 300, revenue: 3000 }, 'medium', 'transport'],
  ['G58', { employees: 20, revenue: 200 }, 'small', 'transport'],
  ['G56', { employees: 20, revenue: 199 }, 'micro', 'transport'],
  // 仓储业 (G592–599): X ≥ 200 / 100 / 20, Y ≥ 30000 / 1000 / 100
  ['G5920', { employees: 200, revenue: 30000 }, 'large', 'warehousing'],
  ['G595', { employees: 100, revenue: 1000 }, 'medium', 'warehousing'],
  ['G599', { employees: 99, revenue: 30000 }, 'small', 'warehousing'],
  ['G593', { employees: 19, revenue: 100 }, 'micro', 'warehousing'],
  // 邮政业: X ≥ 1000 / 300 / 20, Y ≥ 30000 / 2000 / 100
  ['G60', { employees: 1000, revenue: 30000 }, 'large', 'postal'],
  ['G6010', { employees: 300, revenue: 2000 }, 'medium', 'postal'],
  ['G60', { employees: 20, revenue: 100 }, 'small', 'postal'],
  // 住宿业 and 餐饮业: X ≥ 300 / 100 / 10, Y ≥ 10000 / 2000 / 100
  ['H61', { employees: 300, revenue: 10000 }, 'large', 'accommodation'],
  ['H6110', { employees: 100, revenue: 2000 }, 'medium', 'accommodation'],
  ['H62', { employees: 10, revenue: 100 }, 'small', 'catering'],
  ['H6210', { employees: 9, revenue: 100 }, 'micro', 'catering'],
  // 信息传输业: X ≥ 2000 / 100 / 10, Y ≥ 100000 / 1000 / 100
  ['I63', { employees: 2000, revenue: 100000 }, 'large', 'information-transmission'],
  ['I64', { employees: 1999, revenue: 100000 }, 'medium', 'information-transmission'],
  ['I6431', { employees: 10, revenue: 100 }, 'small', 'information-transmission'],
  // 软件和信息技术服务业: X ≥ 300 / 100 / 10, Y ≥ 10000 / 1000 / 50
  ['I6511', { employees: 300, revenue: 10000 }, 'large', 'software-it'],
  ['I65', { employees: 100, revenue: 1000 }, 'medium', 'software-it'],
  ['I65', { employees: 10, revenue: 50 }, 'small', 'software-it'],
  ['I65', { employees: 10, revenue: 49 }, 'micro', 'software-it'],
  // 房地产开发经营: Y ≥ 200000 / 1000 / 100, Z ≥ 10000 / 5000 / 2000
  ['K7010', { revenue: 200000, assets: 10000 }, 'large', 'real-estate-development'],
  ['K701', { revenue: 1000, assets: 5000 }, 'medium', 'real-estate-development'],
  ['K701', { revenue: 100, assets: 2000 }, 'small', 'real-estate-development'],
  ['K701', { revenue: 500000, assets: 1999 }, 'micro', 'real-estate-development'],
  // 物业管理: X ≥ 1000 / 300 / 100, Y ≥ 5000 / 1000 / 500
  ['K7020', { employees: 1000, revenue: 5000 }, 'large', 'property-management'],
  ['K702', { employees: 300, revenue: 1000 }, 'medium', 'property-management'],
  ['K702', { employees: 100, revenue: 500 }, 'small', 'property-management'],
  ['K702', { employees: 99, revenue: 500 }, 'micro', 'property-management'],
  // 租赁和商务服务业: X ≥ 300 / 100 / 10, Z ≥ 120000 / 8000 / 100
  ['L7211', { employees: 300, assets: 120000 }, 'large', 'leasing-business'],
  ['L71', { employees: 100, assets: 8000 }, 'medium', 'leasing-business'],
  ['L72', { employees: 10, assets: 100 }, 'small', 'leasing-business'],
  ['L72', { employees: 10, assets: 99 }, 'micro', 'leasing-business'],
  // 其他未列明行业: X ≥ 300 / 100 / 10
  ['M7310', { employees: 300 }, 'large', 'other'],
  ['O80', { employees: 100 }, 'medium', 'other'],
  ['K703', { employees: 10 }, 'small', 'other'],
  ['R86', { employees: 9 }, 'micro', 'other'],
];

describe('size class under 《统计上大中小微型企业划分办法（2017）》', () => {
  it.each(table)('given %s with %o, then %s (%s)', (industry, indicators, size, industryGroup) => {
    expect(classifySize(industry, indicators)).toEqual({ ok: true, size, industryGroup });
  });

  it('covers every row of the table, with a test on each group', () => {
    expect(new Set(table.map((row) => row[3]))).toEqual(new Set(Object.keys(INDUSTRY_GROUPS)));
  });

  it('ignores an indicator its group is not classed by', () => {
    expect(classifySize('A01', { revenue: 600, employees: 0, assets: 0 })).toMatchObject({ size: 'medium' });
  });

  it('names the missing indicator its group needs, in both languages, with the rule', () => {
    const answer = classifySize('C3511', { employees: 50 });
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'validation', code: 'size-indicator-missing', field: 'revenue' },
    });
    if (answer.ok) return;
    expect(answer.error.message.zh).toContain('营业收入');
    expect(answer.error.message.zh).toContain('国统字〔2017〕213号');
    expect(answer.error.message.en).toContain('revenue');
    expect(classifySize('E47', { revenue: 1 })).toMatchObject({ error: { field: 'assets' } });
    expect(classifySize('L71', { revenue: 1, employees: 1 })).toMatchObject({ error: { field: 'assets' } });
  });

  it('refuses negative, fractional head counts and non-finite indicators', () => {
    expect(classifySize('M73', { employees: -1 })).toMatchObject({
      error: { code: 'size-indicator-invalid', field: 'employees' },
    });
    expect(classifySize('M73', { employees: 1.5 })).toMatchObject({ error: { field: 'employees' } });
    expect(classifySize('A01', { revenue: Number.NaN })).toMatchObject({ error: { field: 'revenue' } });
  });

  it.each(['Z99', '99', '00', 'C06', 'X', '', '35111', 'C3-5', 'G597', 'K705'])(
    'refuses %j as an unknown GB/T 4754-2017 code',
    (industry) => {
      expect(classifySize(industry, { employees: 1, revenue: 1, assets: 1 })).toMatchObject({
        ok: false,
        error: { kind: 'validation', code: 'unknown-industry-code', field: 'industry' },
      });
    },
  );

  it.each([
    ['G53', 'industry-not-classified'],
    ['G5311', 'industry-not-classified'],
    ['J66', 'industry-not-classified'],
    ['K704', 'industry-not-classified'],
    ['S92', 'industry-not-classified'],
    ['F', 'industry-code-too-coarse'],
    ['G59', 'industry-code-too-coarse'],
    ['K70', 'industry-code-too-coarse'],
    ['K', 'industry-code-too-coarse'],
  ])('refuses %s, which the rule does not class as given (%s)', (industry, code) => {
    expect(classifySize(industry, { employees: 1, revenue: 1, assets: 1 })).toMatchObject({
      ok: false,
      error: { code, field: 'industry' },
    });
  });

  it('reads a code with or without its section letter, in either case', () => {
    expect(parseIndustryCode('c3511')).toEqual({
      ok: true,
      value: { section: 'C', division: '35', group: '351', code: 'C3511' },
    });
    expect(parseIndustryCode('5211')).toMatchObject({ ok: true, value: { code: 'F5211' } });
    expect(parseIndustryCode(' C ')).toMatchObject({ ok: true, value: { division: null, code: 'C' } });
  });
});
