export type Lang = 'zh' | 'en';
export interface Words {
  readonly zh: string;
  readonly en: string;
}

/** Every word of the page, for someone on a phone who scanned the QR code on a receipt. */
export const STRINGS = {
  brand: { zh: '亲清家园 · 诉求进度查询', en: 'Qin-Qing Home · Tracking' },
  title: { zh: '查询诉求办理进度', en: 'Track your request' },
  lead: {
    zh: '请输入回执上的12位回执码和您登记的手机号码后四位。',
    en: 'Enter the 12-character receipt code and the last four digits of the phone number you gave.',
  },
  code: { zh: '回执码', en: 'Receipt code' },
  codeHint: { zh: '12位字母和数字，在回执上', en: '12 letters and digits, on the receipt' },
  digits: { zh: '手机号后四位', en: 'Last four phone digits' },
  query: { zh: '查询', en: 'Look up' },
  searching: { zh: '正在查询…', en: 'Looking up…' },
  foot: {
    zh: '回执码和手机号后四位仅用于核实您的身份，请勿告诉他人。',
    en: 'The receipt code and phone digits only prove it is you: do not share them.',
  },
  codeInvalid: {
    zh: '回执码是12位字母和数字（不含0、O、1、I、L）',
    en: 'A receipt code has 12 letters and digits (no 0, O, 1, I or L)',
  },
  digitsInvalid: { zh: '请输入手机号码后四位数字', en: 'Enter the last four digits of the phone number' },
  notFound: {
    zh: '没有找到这条诉求，请核对回执码和手机号后四位',
    en: 'No request matches; check the receipt code and the phone digits',
  },
  network: { zh: '网络暂时不通，请稍后再试', en: 'No connection right now; try again shortly' },
  status: { zh: '办理状态', en: 'Status' },
  daysLeft: { zh: '（剩{n}个工作日）', en: ' ({n} working days left)' },
  met: { zh: '（已按时完成）', en: ' (met)' },
  late: { zh: '（逾期完成）', en: ' (met late)' },
  overdue: { zh: '（已超期）', en: ' (overdue)' },
  provisional: { zh: '（暂定）', en: ' (provisional)' },
  provisionalNote: {
    zh: '标“暂定”的期限涉及尚未公布的节假日安排，暂按法定节假日计算；安排公布后可能调整，以本页显示为准。',
    en: 'Dates marked provisional depend on a holiday notice not yet published and count statutory holidays only; they may change once it is — this page shows the current date.',
  },
  answer: { zh: '答复', en: 'Answer' },
  timeline: { zh: '办理经过', en: 'What has happened' },
  rateTitle: { zh: '您对答复满意吗？', en: 'Are you satisfied with the answer?' },
  rateFinal: {
    zh: '每条诉求只能评价一次，提交后不能修改。',
    en: 'A request is rated once; the rating cannot be changed after it is sent.',
  },
  rateComment: { zh: '评价意见（可不填）', en: 'Comment (optional)' },
  rateNext: { zh: '提交评价', en: 'Send the rating' },
  rateChoose: { zh: '请先选择一项评价', en: 'Choose a rating first' },
  rateConfirmText: {
    zh: '确认提交评价「{rating}」？提交后不能修改。',
    en: 'Send the rating “{rating}”? It cannot be changed afterwards.',
  },
  rateConfirm: { zh: '确认提交', en: 'Yes, send it' },
  rateBack: { zh: '返回修改', en: 'Go back' },
  rated: { zh: '感谢您的评价！', en: 'Thank you for rating!' },
  yourRating: { zh: '您已评价：{rating}', en: 'You rated it: {rating}' },
  reopen: { zh: '不满意，申请重新办理', en: 'Not resolved: ask for it to be handled again' },
  reopenReason: { zh: '重新办理的理由', en: 'Why it should be handled again' },
  reopenSend: { zh: '提交申请', en: 'Send' },
  reopenEmpty: { zh: '请写明理由', en: 'Say why' },
  reopened: { zh: '已申请重新办理', en: 'Asked for it to be handled again' },
} satisfies Record<string, Words>;

export type StringKey = keyof typeof STRINGS;

export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? ''));
