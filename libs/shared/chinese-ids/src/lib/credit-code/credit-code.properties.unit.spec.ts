import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeCreditCodeCheckChar,
  CREDIT_CODE_CHARSET,
  hasValidCreditCodeCheckChar,
} from './credit-code.check';
import { maskCreditCode } from './credit-code.mask';
import { validateUnifiedSocialCreditCode } from './credit-code.validate';
import { computeOrganisationCodeCheckChar } from './organisation-code.check';
import { REGISTRATION_AUTHORITIES } from './registration-authorities';

const charsetChar = fc.constantFrom(...CREDIT_CODE_CHARSET);
const digit = fc.constantFrom(...'0123456789');
const chars = (arbitrary: fc.Arbitrary<string>, length: number): fc.Arbitrary<string> =>
  fc.array(arbitrary, { minLength: length, maxLength: length }).map((list) => list.join(''));

/** Any 17 characters of the charset: the check-character property needs nothing more. */
const anyBody = chars(charsetChar, 17);

/** Structurally valid codes: a known authority, digits for the region, a GB 11714-consistent organisation code. */
const validCode = fc
  .tuple(
    fc.constantFrom(...Object.keys(REGISTRATION_AUTHORITIES)),
    charsetChar,
    chars(digit, 6),
    chars(charsetChar, 8),
  )
  .filter(([, , , organisation]) =>
    CREDIT_CODE_CHARSET.includes(computeOrganisationCodeCheckChar(organisation)),
  )
  .map(([authority, category, region, organisation]) => {
    const body = `${authority}${category}${region}${organisation}${computeOrganisationCodeCheckChar(organisation)}`;
    return `${body}${computeCreditCodeCheckChar(body)}`;
  });

describe('credit-code properties', () => {
  it('appending the computed check character to any 17-character body always passes the check', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        expect(hasValidCreditCodeCheckChar(`${body}${computeCreditCodeCheckChar(body)}`)).toBe(true);
      }),
    );
  });

  it('a structurally valid body with its check character always validates', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(validateUnifiedSocialCreditCode(code)).toEqual({ ok: true, value: code });
      }),
    );
  });

  it('changing any single character of a valid code always invalidates it', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), charsetChar, (code, index, replacement) => {
        fc.pre(code.charAt(index) !== replacement);
        const changed = `${code.slice(0, index)}${replacement}${code.slice(index + 1)}`;
        expect(hasValidCreditCodeCheckChar(changed)).toBe(false);
        expect(validateUnifiedSocialCreditCode(changed).ok).toBe(false);
      }),
    );
  });

  it('masking keeps the length and the ends and never depends on the middle', () => {
    fc.assert(
      fc.property(validCode, chars(charsetChar, 8), (code, otherMiddle) => {
        const masked = maskCreditCode(code);
        expect(masked).toHaveLength(18);
        expect(masked).toBe(`${code.slice(0, 6)}********${code.slice(14)}`);
        expect(maskCreditCode(`${code.slice(0, 6)}${otherMiddle}${code.slice(14)}`)).toBe(masked);
      }),
    );
  });
});
