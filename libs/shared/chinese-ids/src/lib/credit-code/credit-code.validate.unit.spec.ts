import { describe, expect, it } from 'vitest';
import { describeUnifiedSocialCreditCode } from './credit-code.describe';
import { maskCreditCode } from './credit-code.mask';
import { normaliseCreditCode } from './credit-code.normalise';
import { type UnifiedSocialCreditCode, validateUnifiedSocialCreditCode } from './credit-code.validate';

const huawei = '914403001922038216'; // Huawei Technologies Co., Ltd., as published in its Wikipedia infobox
const standardExample = '91350100M000100Y43'; // GB 32100-2015 worked example with its correct check character

describe('validateUnifiedSocialCreditCode', () => {
  it('accepts a real code and the corrected GB 32100 example', () => {
    expect(validateUnifiedSocialCreditCode(huawei)).toEqual({ ok: true, value: huawei });
    expect(validateUnifiedSocialCreditCode(standardExample)).toEqual({ ok: true, value: standardExample });
  });

  it('normalises what a kiosk receives: spaces, lower case, full-width characters', () => {
    expect(normaliseCreditCode(' 9144 0300 1922 0382 16 ')).toBe(huawei);
    expect(validateUnifiedSocialCreditCode('９１３５０１００m０００１００y４３')).toEqual({
      ok: true,
      value: standardExample,
    });
  });

  it('tells the person what the 18th character should be', () => {
    const result = validateUnifiedSocialCreditCode('91350100M000100Y4Z');
    expect(result).toMatchObject({ ok: false, reason: 'check', position: 18 });
    expect(!result.ok && result.message.zh).toContain('第18位校验码应为“3”');
    expect(!result.ok && result.message.en).toContain('should be “3”');
  });

  it('suggests the digit meant when a letter the standard never uses is typed', () => {
    const result = validateUnifiedSocialCreditCode('91350100MO');
    expect(result).toMatchObject({ ok: false, reason: 'charset', position: 10 });
    expect(!result.ok && result.message.zh).toContain('是否应为数字 0');
    expect(validateUnifiedSocialCreditCode('9144-03')).toMatchObject({ reason: 'charset', position: 5 });
  });

  it('counts what is still missing while the code is typed', () => {
    const result = validateUnifiedSocialCreditCode('9144030019');
    expect(result).toMatchObject({ ok: false, reason: 'length' });
    expect(!result.ok && result.message.zh).toBe('统一社会信用代码共18位，已输入10位，还差8位');
    expect(validateUnifiedSocialCreditCode(`${huawei}0`)).toMatchObject({ reason: 'length' });
    expect(validateUnifiedSocialCreditCode('   ')).toMatchObject({ reason: 'empty' });
  });

  it('rejects an unknown registration authority and a letter inside the region code', () => {
    expect(validateUnifiedSocialCreditCode('B1')).toMatchObject({
      reason: 'registration-authority',
      position: 1,
    });
    expect(validateUnifiedSocialCreditCode('9144A3')).toMatchObject({ reason: 'region', position: 5 });
  });

  it('catches a string that passes the GB 32100 check but whose organisation code fails GB 11714', () => {
    // An ID-number-shaped string reported to pass a check-character-only validator (hutool issue #1367).
    expect(validateUnifiedSocialCreditCode('362322198709086409')).toMatchObject({
      ok: false,
      reason: 'organisation-code-check',
      position: 17,
    });
  });

  it('splits a code into the parts GB 32100 defines', () => {
    expect(describeUnifiedSocialCreditCode(huawei as UnifiedSocialCreditCode)).toEqual({
      registrationAuthority: {
        code: '9',
        name: { zh: '工商', en: 'Market regulation (industry and commerce)' },
      },
      category: { code: '1', name: { zh: '企业', en: 'Enterprise' } },
      regionCode: '440300',
      organisationCode: '192203821',
      checkChar: '6',
    });
  });

  it('masks the middle of a code', () => {
    expect(maskCreditCode(huawei)).toBe('914403********8216');
  });
});
