import { describe, expect, it } from 'vitest';
import {
  computeCreditCodeCheckChar,
  CREDIT_CODE_WEIGHTS,
  hasValidCreditCodeCheckChar,
} from './credit-code.check';
import { computeOrganisationCodeCheckChar } from './organisation-code.check';

describe('credit-code check characters', () => {
  it('uses W_i = 3^(i−1) mod 31', () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });

  it('reproduces the worked example published with GB 32100-2015: 91350100M000100Y4 → 3', () => {
    // The example sums to 1640, 1640 mod 31 = 28, 31 − 28 = 3, so "91350100M000100Y4Z" is rejected.
    expect(computeCreditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(hasValidCreditCodeCheckChar('91350100M000100Y43')).toBe(true);
    expect(hasValidCreditCodeCheckChar('91350100M000100Y4Z')).toBe(false);
  });

  it("validates Huawei Technologies' published code 914403001922038216", () => {
    expect(computeCreditCodeCheckChar('91440300192203821')).toBe('6');
  });

  it("maps a sum that is a multiple of 31 to '0'", () => {
    expect(computeCreditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('refuses a body of the wrong length or outside the charset', () => {
    expect(() => computeCreditCodeCheckChar('9135010')).toThrow(RangeError);
    expect(() => computeCreditCodeCheckChar('91350100O000100Y4')).toThrow(RangeError);
  });

  it('computes the GB 11714 organisation-code check: M000100Y → 4, 19220382 → 1', () => {
    expect(computeOrganisationCodeCheckChar('M000100Y')).toBe('4');
    expect(computeOrganisationCodeCheckChar('19220382')).toBe('1');
    // 11 − (Σ mod 11) is written X for 10 (Σ = 6 × 2 = 12) and 0 for 11 (Σ = 0).
    expect(computeOrganisationCodeCheckChar('00000006')).toBe('X');
    expect(computeOrganisationCodeCheckChar('00000000')).toBe('0');
  });
});
