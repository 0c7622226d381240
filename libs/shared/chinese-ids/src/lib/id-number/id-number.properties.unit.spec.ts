import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIdNumberCheckChar } from './id-number.check';
import { maskIdNumber } from './id-number.mask';
import { validateResidentIdNumber } from './id-number.validate';

const today = '2026-03-15';
const digits = (length: number): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length })
    .map((list) => list.join(''));
const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${today}T00:00:00Z`), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''));
const validId = fc
  .tuple(digits(6), birthDate, digits(3))
  .map(([region, born, sequence]) => `${region}${born}${sequence}`)
  .map((body) => `${body}${computeIdNumberCheckChar(body)}`);

describe('resident ID number properties', () => {
  it('a body with a real birth date and its computed check character always validates', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(validateResidentIdNumber(id, { today })).toMatchObject({ ok: true, value: id });
      }),
    );
  });

  it('changing any single character of a valid number always invalidates it', () => {
    fc.assert(
      fc.property(validId, fc.nat(17), fc.constantFrom(...'0123456789X'), (id, index, replacement) => {
        fc.pre(id.charAt(index) !== replacement);
        const changed = `${id.slice(0, index)}${replacement}${id.slice(index + 1)}`;
        expect(validateResidentIdNumber(changed, { today }).ok).toBe(false);
      }),
    );
  });

  it('masking keeps the length and the ends and never depends on the middle', () => {
    fc.assert(
      fc.property(validId, digits(8), (id, otherMiddle) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(6, 14)).toBe('********');
        expect(maskIdNumber(`${id.slice(0, 6)}${otherMiddle}${id.slice(14)}`)).toBe(masked);
      }),
    );
  });
});
