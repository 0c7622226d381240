import type { OutboundTextMessage } from '../outbound-messages/outbound-messages';

/**
 * The longest parameter a notice carries, in characters. Providers cap a notification's variables (Huawei Cloud
 * MSGSMS: 1–20 characters for a name or other text; Aliyun and Tencent Cloud review each template's variables),
 * and a template filed with a longer one is refused or the message cut. 20 is the common floor.
 */
export const SMS_PARAM_MAX = 20;

/**
 * A parameter as a provider takes it: one line, no 【】 (the signature's brackets), at most `max` characters
 * (code points, so a rare character is never split), a long one cut with "…".
 */
export const smsParam = (text: string, max = SMS_PARAM_MAX): string => {
  const tidy = text.replace(/\s+/gu, ' ').replace(/【/gu, '（').replace(/】/gu, '）').trim();
  const characters = Array.from(tidy);
  return characters.length <= max ? tidy : `${characters.slice(0, max - 1).join('')}…`;
};

/** The `policy-push-notice` text message for one enterprise's mobile. */
export const policyNoticeMessage = (
  to: string,
  policy: { readonly title: string; readonly documentNumber: string },
): OutboundTextMessage => ({
  to,
  template: 'policy-push-notice',
  params: { title: smsParam(policy.title), documentNumber: smsParam(policy.documentNumber) },
});
