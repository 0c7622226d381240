import { type DomainError, domainError } from '@qinqing/shared/domain-kernel';

/**
 * A code of 《国民经济行业分类》GB/T 4754-2017: a 门类 letter (A–T), then the 大类 (2 digits), 中类 (3) or
 * 小类 (4). The letter may be left out (the 大类 implies it) or given alone.
 */
export interface IndustryCode {
  /** 门类, A–T. */
  readonly section: string;
  /** 大类, two digits, or null when only the 门类 was given. */
  readonly division: string | null;
  /** 中类, three digits, or null when not given. */
  readonly group: string | null;
  /** The code as written canonically: letter and digits, e.g. `C3511`. */
  readonly code: string;
}

/** 门类 → its range of 大类 in GB/T 4754-2017 (inclusive). */
export const GBT4754_SECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

/** 中类 of the two 大类 the size rule splits (59 装卸搬运和仓储业, 70 房地产业); other 中类 are not listed here. */
const KNOWN_GROUPS: Readonly<Record<string, readonly string[]>> = {
  '59': ['591', '592', '593', '594', '595', '596', '599'],
  '70': ['701', '702', '703', '704', '709'],
};

const sectionOfDivision = (division: number): string | null => {
  for (const [section, [from, to]] of Object.entries(GBT4754_SECTIONS))
    if (division >= from && division <= to) return section;
  return null;
};

export type IndustryCodeError = DomainError<'unknown-industry-code'>;

export const unknownIndustryCode = (code: string): IndustryCodeError =>
  domainError(
    'validation',
    'unknown-industry-code',
    {
      zh: `行业代码“${code}”不是《国民经济行业分类》（GB/T 4754-2017）中的代码（应为门类字母和/或2–4位数字，如 C3511、5211）`,
      en: `Industry code "${code}" is not a code of GB/T 4754-2017 (a section letter and/or 2–4 digits, e.g. C3511, 5211)`,
    },
    'industry',
  );

/** Parses a GB/T 4754-2017 code, or names why it is not one. Letters are taken in either case. */
export const parseIndustryCode = (
  raw: string,
):
  | { readonly ok: true; readonly value: IndustryCode }
  | { readonly ok: false; readonly error: IndustryCodeError } => {
  const text = raw.trim().toUpperCase();
  const match = /^([A-T])?(\d{2,4})?$/u.exec(text);
  const letter = match?.[1];
  const digits = match?.[2];
  if (match === null || (letter === undefined && digits === undefined))
    return { ok: false, error: unknownIndustryCode(raw.trim()) };
  if (digits === undefined) {
    const section = letter as string;
    return { ok: true, value: { section, division: null, group: null, code: section } };
  }
  const division = digits.slice(0, 2);
  const section = sectionOfDivision(Number(division));
  if (section === null || (letter !== undefined && letter !== section))
    return { ok: false, error: unknownIndustryCode(raw.trim()) };
  const group = digits.length >= 3 ? digits.slice(0, 3) : null;
  const known = KNOWN_GROUPS[division];
  if (group !== null && known !== undefined && !known.includes(group))
    return { ok: false, error: unknownIndustryCode(raw.trim()) };
  return { ok: true, value: { section, division, group, code: `${section}${digits}` } };
};
