import { type IdentifierValidation, problem } from '../common/identifier-validation';
import { normaliseIdentifierInput } from '../common/normalise-identifier-input';
import { computeIdNumberCheckChar } from './id-number.check';

/** 居民身份证号码 (GB 11643-1999) that passed `validateResidentIdNumber`. */
export type ResidentIdNumber = string & { readonly __brand: 'ResidentIdNumber' };

export type IdNumberProblemReason = 'empty' | 'charset' | 'length' | 'birth-date' | 'check';

export type IdNumberValidation = IdentifierValidation<
  ResidentIdNumber,
  IdNumberProblemReason,
  { readonly birthDate: string }
>;

export interface IdNumberValidationOptions {
  /**
   * Today's China-local date as `YYYY-MM-DD`, passed in so the check is pure and testable: a birth date after
   * it is impossible.
   */
  readonly today: string;
}

const LENGTH = 18;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const isRealDate = (year: number, month: number, day: number): boolean => {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
};

const parseToday = (today: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(today);
  if (match === null || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  }
  return today;
};

/**
 * Checks a resident ID number as it is typed: digits only (the 18th may be X), 18 long, a birth date
 * (positions 7–14) that exists and is not after `today`, then the GB 11643 check character.
 * The address code (positions 1–6) is not checked against a list: division codes change over the years and an
 * old code stays on the card, so any list would reject real numbers. No lower bound on the birth year either:
 * the standard's own example 440524188001010014 was born in 1880.
 */
export const validateResidentIdNumber = (
  input: string,
  options: IdNumberValidationOptions,
): IdNumberValidation => {
  const today = parseToday(options.today);
  const id = normaliseIdentifierInput(input);
  const characters = [...id];
  if (characters.length === 0) {
    return problem('empty', {
      zh: '请输入18位居民身份证号码',
      en: 'Enter the 18-character resident ID number',
    });
  }

  for (const [index, character] of characters.entries()) {
    const position = index + 1;
    const allowed = position === LENGTH ? /[\dX]/u : /\d/u;
    if (!allowed.test(character)) {
      return problem(
        'charset',
        position === LENGTH
          ? {
              zh: `第18位只能是数字或 X，输入的是“${character}”`,
              en: `The 18th character must be a digit or X, not “${character}”`,
            }
          : {
              zh: `身份证号码前17位只能是数字，第${position}位是“${character}”`,
              en: `The first 17 characters must be digits; character ${position} is “${character}”`,
            },
        position,
      );
    }
  }

  if (characters.length !== LENGTH) {
    if (characters.length === 15) {
      return problem('length', {
        zh: '这是15位的第一代身份证号码，请输入18位号码',
        en: 'This is a 15-digit first-generation ID number; please enter the 18-character number',
      });
    }
    return problem(
      'length',
      characters.length < LENGTH
        ? {
            zh: `居民身份证号码共18位，已输入${characters.length}位，还差${LENGTH - characters.length}位`,
            en: `A resident ID number has 18 characters: ${characters.length} entered, ${LENGTH - characters.length} to go`,
          }
        : {
            zh: `居民身份证号码共18位，已输入${characters.length}位，多了${characters.length - LENGTH}位`,
            en: `A resident ID number has 18 characters: ${characters.length} entered, ${characters.length - LENGTH} too many`,
          },
    );
  }

  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isRealDate(year, month, day)) {
    return problem(
      'birth-date',
      {
        zh: `第7至14位是出生日期，${birthDate} 不是有效日期`,
        en: `Characters 7–14 are the date of birth, and ${birthDate} is not a real date`,
      },
      7,
    );
  }
  if (birthDate > today) {
    return problem(
      'birth-date',
      {
        zh: `第7至14位是出生日期，${birthDate} 晚于今天（${today}）`,
        en: `Characters 7–14 are the date of birth, and ${birthDate} is after today (${today})`,
      },
      7,
    );
  }

  const expected = computeIdNumberCheckChar(id.slice(0, 17));
  const actual = id.charAt(17);
  if (actual !== expected) {
    return problem(
      'check',
      {
        zh: `第18位校验码应为“${expected}”，输入的是“${actual}”。如果第18位没有输错，请逐位核对前17位`,
        en: `The 18th (check) character should be “${expected}”, not “${actual}”. If the 18th is right, one of the first 17 is mistyped`,
      },
      18,
    );
  }

  return { ok: true, value: id as ResidentIdNumber, birthDate };
};
