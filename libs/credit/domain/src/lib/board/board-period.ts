import type { DomainError } from '@qinqing/shared/domain-kernel';
import { creditRuleError } from '../credit-rules';
import { daysInMonth, formatCalendarDate, parseCalendarDate } from '../disclosure/calendar-date';

/*
 * The red/black board (红黑榜) is published periodically (Hengkou 五(十三) "定期发布"); how often is a setting,
 * quarterly by default. A period is named by its length: `2026-Q4` (quarter), `2026-H2` (half-year), `2026` (year).
 */

export const BOARD_PERIOD_LENGTHS = ['quarter', 'half-year', 'year'] as const;
export type BoardPeriodLength = (typeof BOARD_PERIOD_LENGTHS)[number];
export const DEFAULT_BOARD_PERIOD_LENGTH: BoardPeriodLength = 'quarter';

const MONTHS: Readonly<Record<BoardPeriodLength, number>> = { quarter: 3, 'half-year': 6, year: 12 };
const LETTER: Readonly<Record<BoardPeriodLength, string>> = { quarter: 'Q', 'half-year': 'H', year: '' };

export interface BoardPeriod {
  readonly name: string;
  readonly length: BoardPeriodLength;
  /** First and last day (YYYY-MM-DD), both inside the period. */
  readonly firstDay: string;
  readonly lastDay: string;
}

export const isBoardPeriodLength = (value: string): value is BoardPeriodLength =>
  (BOARD_PERIOD_LENGTHS as readonly string[]).includes(value);

const periodOf = (year: number, index: number, length: BoardPeriodLength): BoardPeriod => {
  const months = MONTHS[length];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    name: length === 'year' ? String(year).padStart(4, '0') : `${year}-${LETTER[length]}${index}`,
    length,
    firstDay: formatCalendarDate({ year, month: firstMonth, day: 1 }),
    lastDay: formatCalendarDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
};

/** The period a name means under `length` (`2026-Q4` is a quarter only when boards are quarterly), or null. */
export const parseBoardPeriod = (name: string, length: BoardPeriodLength): BoardPeriod | null => {
  const pattern = length === 'year' ? /^(\d{4})$/u : new RegExp(`^(\\d{4})-${LETTER[length]}(\\d)$`, 'u');
  const match = pattern.exec(name.trim());
  if (match === null) return null;
  const year = Number(match[1]);
  const index = length === 'year' ? 1 : Number(match[2]);
  if (year < 1 || index < 1 || index > 12 / MONTHS[length]) return null;
  return periodOf(year, index, length);
};

/** The period a day (YYYY-MM-DD) falls in. */
export const boardPeriodContaining = (day: string, length: BoardPeriodLength): BoardPeriod => {
  const date = parseCalendarDate(day);
  if (date === null) throw new Error(`Not a date: ${day}`);
  return periodOf(date.year, Math.floor((date.month - 1) / MONTHS[length]) + 1, length);
};

/** The period before `period`: the one the scheduler drafts when `period` begins. */
export const previousBoardPeriod = (period: BoardPeriod): BoardPeriod => {
  const first = parseCalendarDate(period.firstDay);
  if (first === null) throw new Error(`Not a date: ${period.firstDay}`);
  const month = first.month === 1 ? 12 : first.month - 1;
  const year = first.month === 1 ? first.year - 1 : first.year;
  return boardPeriodContaining(formatCalendarDate({ year, month, day: 1 }), period.length);
};

/** How a period of this length is written, for messages. */
export const BOARD_PERIOD_FORMATS: Readonly<Record<BoardPeriodLength, string>> = {
  quarter: 'YYYY-Qn（n = 1–4）',
  'half-year': 'YYYY-Hn（n = 1–2）',
  year: 'YYYY',
};

/** A period named by a caller, or the refusal naming the field, the form and the setting that decided it. */
export const boardPeriodNamed = (
  name: string,
  length: BoardPeriodLength,
): BoardPeriod | DomainError<'invalid-period'> =>
  parseBoardPeriod(name, length) ??
  creditRuleError(
    'validation',
    'invalid-period',
    'red-black-board',
    {
      zh: `期别“${name}”不是${BOARD_PERIOD_NAMES[length].zh}，格式为 ${BOARD_PERIOD_FORMATS[length]}`,
      en: `Period “${name}” is not a ${BOARD_PERIOD_NAMES[length].en}; write it ${BOARD_PERIOD_FORMATS[length]}`,
    },
    { field: 'period', setting: `boardPeriodLength=${length}` },
  );

const BOARD_PERIOD_NAMES: Readonly<Record<BoardPeriodLength, { zh: string; en: string }>> = {
  quarter: { zh: '季度', en: 'quarter' },
  'half-year': { zh: '半年', en: 'half-year' },
  year: { zh: '年度', en: 'year' },
};
