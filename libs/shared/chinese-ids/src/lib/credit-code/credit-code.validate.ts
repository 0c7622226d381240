import { type IdentifierValidation, problem } from '../common/identifier-validation';
import type { LocalizedText } from '../common/localized-text';
import { normaliseIdentifierInput } from '../common/normalise-identifier-input';
import { computeCreditCodeCheckChar, CREDIT_CODE_CHARSET } from './credit-code.check';
import { computeOrganisationCodeCheckChar } from './organisation-code.check';
import { REGISTRATION_AUTHORITIES } from './registration-authorities';

/** 统一社会信用代码 (GB 32100-2015) that passed `validateUnifiedSocialCreditCode`. */
export type UnifiedSocialCreditCode = string & { readonly __brand: 'UnifiedSocialCreditCode' };

export type CreditCodeProblemReason =
  'empty' | 'charset' | 'registration-authority' | 'region' | 'length' | 'check' | 'organisation-code-check';

export type CreditCodeValidation = IdentifierValidation<UnifiedSocialCreditCode, CreditCodeProblemReason>;

const LENGTH = 18;

/** Letters the standard leaves out, and the digit a person most likely meant. */
const lookalikes: Readonly<Record<string, string | undefined>> = {
  I: '1',
  O: '0',
  Z: '2',
  S: '5',
  V: undefined,
};

const charsetMessage = (character: string, position: number): LocalizedText => {
  if (Object.hasOwn(lookalikes, character)) {
    const meant = lookalikes[character];
    return {
      zh: `第${position}位的“${character}”不会出现在统一社会信用代码中（代码不使用字母 I、O、Z、S、V）${meant === undefined ? '' : `，是否应为数字 ${meant}？`}`,
      en: `Character ${position}, “${character}”, never appears in a unified social credit code (the letters I, O, Z, S and V are not used)${meant === undefined ? '' : `; did you mean the digit ${meant}?`}`,
    };
  }
  return {
    zh: `第${position}位的“${character}”不是数字或大写字母`,
    en: `Character ${position}, “${character}”, is not a digit or a capital letter`,
  };
};

const lengthMessage = (length: number): LocalizedText =>
  length < LENGTH
    ? {
        zh: `统一社会信用代码共18位，已输入${length}位，还差${LENGTH - length}位`,
        en: `A unified social credit code has 18 characters: ${length} entered, ${LENGTH - length} to go`,
      }
    : {
        zh: `统一社会信用代码共18位，已输入${length}位，多了${length - LENGTH}位`,
        en: `A unified social credit code has 18 characters: ${length} entered, ${length - LENGTH} too many`,
      };

/**
 * Checks a unified social credit code as it is typed, and says in plain words what is wrong first:
 * a character outside the charset, a 1st character that is no registration authority (登记管理部门代码),
 * a non-digit in the region code (positions 3–8, 登记管理机关行政区划码), the length, the 18th check
 * character (GB 32100), then the organisation code's own check character at position 17 (GB 11714: positions
 * 9–17 are the organisation code 组织机构代码, and GB 32100 builds the credit code on it).
 *
 * Known exception: some codes issued in Xiamen before 2016 fail the 18th-character check although they are
 * real (reported to hutool, issue #4119); they are rejected here like any code with a wrong check character.
 */
export const validateUnifiedSocialCreditCode = (input: string): CreditCodeValidation => {
  const code = normaliseIdentifierInput(input);
  const characters = [...code];
  if (characters.length === 0) {
    return problem('empty', {
      zh: '请输入18位统一社会信用代码',
      en: 'Enter the 18-character unified social credit code',
    });
  }

  for (const [index, character] of characters.entries()) {
    const position = index + 1;
    // A wrong 18th character is reported with the one expected (below), which helps more than "not allowed".
    if (position === LENGTH) continue;
    if (!CREDIT_CODE_CHARSET.includes(character))
      return problem('charset', charsetMessage(character, position), position);
    if (position === 1 && REGISTRATION_AUTHORITIES[character] === undefined) {
      return problem(
        'registration-authority',
        {
          zh: `第1位是登记管理部门代码，“${character}”不是有效代码（应为 1–9、A、N 或 Y，企业一般为 9）`,
          en: `The 1st character is the registration authority; “${character}” is not one (1–9, A, N or Y; 9 for businesses)`,
        },
        position,
      );
    }
    if (position >= 3 && position <= 8 && !/\d/u.test(character)) {
      return problem(
        'region',
        {
          zh: `第3至8位是登记机关行政区划码，只能是数字，第${position}位却是“${character}”`,
          en: `Characters 3–8 are the registering office's region code and must be digits; character ${position} is “${character}”`,
        },
        position,
      );
    }
  }

  if (characters.length !== LENGTH) return problem('length', lengthMessage(characters.length));

  const expected = computeCreditCodeCheckChar(code.slice(0, 17));
  const actual = code.charAt(17);
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

  const organisationCheck = computeOrganisationCodeCheckChar(code.slice(8, 16));
  if (code.charAt(16) !== organisationCheck) {
    return problem(
      'organisation-code-check',
      {
        zh: `第9至17位是组织机构代码，其校验位（第17位）应为“${organisationCheck}”，请核对第9至17位`,
        en: `Characters 9–17 are the organisation code, whose check (character 17) should be “${organisationCheck}”; please check characters 9–17`,
      },
      17,
    );
  }

  return { ok: true, value: code as UnifiedSocialCreditCode };
};
