import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_SIZES } from '../enterprise-size';
import { type DirectoryEntry, ENTERPRISE_TAGS, explainMatch, type PolicyCriteria } from './policy-criteria';

const AREAS = ['330203', '330203102', '330203004', '330205', '330212', '330212001', '330281', '331002'];
const AREA_CRITERIA = ['330000', '330200', '331000', '330203', '330203102', '330212', '320500'];
const INDUSTRIES = ['C3491', 'C3511', 'C3512', 'C1811', 'I6510', 'F5123', 'E4710'];
const INDUSTRY_CRITERIA = ['C', 'C35', 'C351', 'C3491', 'I', 'I65', 'F51', 'A'];
const names = (code: string) =>
  ({ '330203': '海曙区', '330200': '宁波市', '330000': '浙江省' })[code] ?? null;

const entry = fc.record<DirectoryEntry>({
  creditCode: fc.constant('91330203MA2H5K7P7A'),
  name: fc.constant('宁波某某有限公司'),
  industry: fc.constantFrom(...INDUSTRIES),
  size: fc.option(fc.constantFrom(...ENTERPRISE_SIZES), { nil: null }),
  areaCode: fc.constantFrom(...AREAS),
  tags: fc.uniqueArray(fc.constantFrom(...ENTERPRISE_TAGS), { maxLength: 2 }),
});

const criteria = fc.record<PolicyCriteria>({
  industries: fc.uniqueArray(fc.constantFrom(...INDUSTRY_CRITERIA), { maxLength: 3 }),
  sizes: fc.uniqueArray(fc.constantFrom(...ENTERPRISE_SIZES), { maxLength: 2 }),
  areas: fc.uniqueArray(fc.constantFrom(...AREA_CRITERIA), { maxLength: 3 }),
  tags: fc.uniqueArray(fc.constantFrom(...ENTERPRISE_TAGS), { maxLength: 2 }),
});

/** The brute-force filter, written from the definition: area codes padded with zeros name every code under them. */
const covers = (area: string, code: string): boolean => {
  const level =
    area.endsWith('0000') && area.length === 6
      ? 2
      : area.endsWith('00') && area.length === 6
        ? 4
        : area.length;
  return code.length >= level && code.slice(0, level) === area.slice(0, level);
};
const bruteForce = (c: PolicyCriteria, e: DirectoryEntry): boolean =>
  (c.industries.length === 0 || c.industries.some((p) => e.industry.slice(0, p.length) === p)) &&
  (c.sizes.length === 0 || c.sizes.some((s) => s === e.size)) &&
  (c.areas.length === 0 || c.areas.some((a) => covers(a, e.areaCode))) &&
  (c.tags.length === 0 || c.tags.some((t) => e.tags.includes(t)));

describe('policy matching (精准推送)', () => {
  it('matches exactly the entries a brute-force filter keeps, over a whole generated directory', () => {
    fc.assert(
      fc.property(criteria, fc.array(entry, { maxLength: 60 }), (c, directory) => {
        const matched = directory.filter((e) => explainMatch(c, e, names) !== null);
        expect(matched).toEqual(directory.filter((e) => bruteForce(c, e)));
      }),
      { numRuns: 300 },
    );
  });

  it('explains every match: one true reason per restricting criterion, joined into the text', () => {
    fc.assert(
      fc.property(criteria, entry, (c, e) => {
        const explanation = explainMatch(c, e, names);
        if (explanation === null) return;
        const restricting = (['industries', 'sizes', 'areas', 'tags'] as const).filter(
          (k) => c[k].length > 0,
        );
        const reasons = explanation.reasons;
        expect(reasons.map((r) => r.criterion)).toEqual(
          restricting.length === 0
            ? ['all']
            : restricting.map(
                (k) => ({ industries: 'industry', sizes: 'size', areas: 'area', tags: 'tag' })[k],
              ),
        );
        for (const r of reasons) {
          if (r.criterion === 'industry') {
            expect(c.industries).toContain(r.code);
            expect(e.industry.startsWith(r.code)).toBe(true);
            expect(r.label.zh).toContain(r.code);
          }
          if (r.criterion === 'size') expect(r.code).toBe(e.size);
          if (r.criterion === 'area') {
            expect(c.areas).toContain(r.code);
            expect(covers(r.code, e.areaCode)).toBe(true);
            expect(r.label.zh).toContain(r.code);
          }
          if (r.criterion === 'tag') expect(e.tags).toContain(r.code);
        }
        expect(explanation.text.zh).toBe(reasons.map((r) => r.label.zh).join(' · '));
      }),
      { numRuns: 500 },
    );
  });

  it('reads as the issue asks: 制造业 C35 · 中型 · 海曙区 330203', () => {
    const c: PolicyCriteria = {
      industries: ['C', 'C35'],
      sizes: ['medium'],
      areas: ['330200', '330203'],
      tags: [],
    };
    const e: DirectoryEntry = {
      creditCode: '91330203MA2H5K7P7A',
      name: '宁波海曙甬创智能制造有限公司',
      industry: 'C3511',
      size: 'medium',
      areaCode: '330203102',
      tags: [],
    };
    expect(explainMatch(c, e, names)?.text).toEqual({
      zh: '制造业 C35 · 中型 · 海曙区 330203',
      en: 'manufacturing C35 · medium · 海曙区 330203',
    });
    expect(explainMatch(c, { ...e, size: null }, names)).toBeNull();
    expect(explainMatch({ ...c, areas: ['330212'] }, e, names)).toBeNull();
  });
});
