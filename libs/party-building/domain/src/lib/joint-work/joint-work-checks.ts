import { isCalendarDate } from '@qinqing/calendar/domain';
import type { DomainError, LocalizedMessage } from '@qinqing/shared/domain-kernel';
import { type PartyBuildingRule, partyBuildingRuleError } from '../party-building-rules';

/** Checks shared by chamber organisations, pairings and activities: text, dates and counts, naming the field. */
export type FieldProblem = DomainError<'invalid-text' | 'invalid-date' | 'date-in-future' | 'invalid-count'>;

export const isFieldProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' && value !== null && 'code' in value;

export const checkedText = (
  rule: PartyBuildingRule,
  field: string,
  name: LocalizedMessage,
  value: string,
  max: number,
): string | FieldProblem => {
  const text = value.trim();
  if (text.length > 0 && [...text].length <= max) return text;
  return partyBuildingRuleError(
    'validation',
    'invalid-text',
    rule,
    {
      zh: `${name.zh}不能为空，且不超过${max}个字`,
      en: `The ${name.en} must not be blank and must be at most ${max} characters long`,
    },
    { field },
  );
};

export const checkedDate = (
  rule: PartyBuildingRule,
  field: string,
  name: LocalizedMessage,
  value: string,
  today: string | null,
): string | FieldProblem => {
  const text = value.trim();
  if (!isCalendarDate(text))
    return partyBuildingRuleError(
      'validation',
      'invalid-date',
      rule,
      {
        zh: `请填写${name.zh}，须为存在的日期（YYYY-MM-DD）`,
        en: `The ${name.en} is required and must be a date that exists (YYYY-MM-DD)`,
      },
      { field },
    );
  if (today !== null && text > today)
    return partyBuildingRuleError(
      'validation',
      'date-in-future',
      rule,
      { zh: `${name.zh}不能晚于今天（${today}）`, en: `The ${name.en} cannot be after today (${today})` },
      { field },
    );
  return text;
};

/** A whole number from `min` to `max` written in digits (a number or a string of digits). */
export const checkedCount = (
  rule: PartyBuildingRule,
  field: string,
  name: LocalizedMessage,
  value: number | string,
  min: number,
  max: number,
): number | FieldProblem => {
  const text = String(value).trim();
  const count = /^\d{1,7}$/u.test(text) ? Number(text) : Number.NaN;
  if (count >= min && count <= max) return count;
  return partyBuildingRuleError(
    'validation',
    'invalid-count',
    rule,
    {
      zh: `${name.zh}须为${min}至${max}的整数，收到“${text}”`,
      en: `The ${name.en} must be a whole number from ${min} to ${max}; got “${text}”`,
    },
    { field },
  );
};
