import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyNoticeMessage, SMS_PARAM_MAX, smsParam } from './policy-notice-message';

describe('the policy-push-notice text message', () => {
  it('names the policy by its title and document number, a long title cut to 20 characters with "…"', () => {
    expect(
      policyNoticeMessage('13805741234', {
        title: '宁波市支持制造业中小企业数字化改造的若干措施（演示）',
        documentNumber: '甬经信〔2026〕18号',
      }),
    ).toEqual({
      to: '13805741234',
      template: 'policy-push-notice',
      params: { title: '宁波市支持制造业中小企业数字化改造的若…', documentNumber: '甬经信〔2026〕18号' },
    });
  });

  it('keeps a short parameter as it is, on one line, without the signature’s brackets', () => {
    expect(smsParam('稳岗扩产奖励')).toBe('稳岗扩产奖励');
    expect(smsParam(' 【试行】稳岗\n扩产  奖励 ')).toBe('（试行）稳岗 扩产 奖励');
    expect(smsParam('𠀀'.repeat(25))).toBe(`${'𠀀'.repeat(19)}…`);
  });

  it('never gives a provider more than 20 characters, nor a bracket or a line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const param = smsParam(text);
        expect(Array.from(param).length).toBeLessThanOrEqual(SMS_PARAM_MAX);
        expect(param).not.toMatch(/[【】\n]/u);
      }),
    );
  });
});
