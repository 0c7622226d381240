import type { LocalizedText } from '@qinqing/shared/chinese-ids';

/**
 * The report screens' words (廉情监督举报 and its follow-up), imported by the lazy report chunk only, so the
 * initial kiosk bundle does not carry them.
 */
export const REPORT_STRINGS = {
  reportTitle: { zh: '廉情监督举报', en: 'Report misconduct' },
  reportNew: { zh: '我要举报', en: 'File a report' },
  reportFollowUp: { zh: '查询举报答复', en: 'Follow up a report' },
  reportOnlyInspectors: {
    zh: '举报只送纪检监察人员，被举报人及其单位、上级看不到，也不会被告知。',
    en: 'Reports go to the discipline inspectors only; the official, his unit and superiors never see them.',
  },
  reportKindTitle: { zh: '实名还是匿名？', en: 'By name or anonymous?' },
  reportAnonymous: { zh: '匿名举报', en: 'Anonymous' },
  reportAnonymousHint: {
    zh: '不记录您的身份、终端会话、地址或提交时间（只记日期）',
    en: 'No identity, kiosk session, address or time of day is kept (the date only)',
  },
  reportRealName: { zh: '实名举报', en: 'By name' },
  reportRealNameHint: {
    zh: '先验证企业身份，举报人信息仅纪检监察人员可见',
    en: 'Identify your enterprise first; only the inspectors see who you are',
  },
  reporterName: { zh: '举报人姓名', en: 'Your name' },
  reportCategory: { zh: '举报类别', en: 'Category' },
  reportUnit: { zh: '被举报人所在单位', en: 'The official’s unit' },
  reportAccused: { zh: '被举报人姓名', en: 'Name of the official' },
  reportHeadsUnit: { zh: '被举报人是该单位主要负责人', en: 'The official heads this unit' },
  reportDescription: { zh: '问题描述', en: 'What happened' },
  reportDescriptionHint: {
    zh: '写明时间、地点、事情经过。请勿写入能识别您身份的内容（若匿名）。',
    en: 'Say when, where and what happened. If anonymous, write nothing that identifies you.',
  },
  reportPassphrase: { zh: '设置查询口令（8–12位数字）', en: 'Choose a passphrase (8–12 digits)' },
  reportPassphraseHint: {
    zh: '查询答复、补充材料时需输入回执码和此口令。口令不会被显示或保存原文。',
    en: 'You need the receipt code and this passphrase to follow up. It is never shown or kept in clear.',
  },
  reportSubmit: { zh: '提交举报', en: 'Submit the report' },
  reportReceiptTitle: { zh: '举报已收到，请抄下回执码', en: 'Report received — write down the receipt code' },
  reportReceiptWarning: {
    zh: '回执码只显示这一次，不会打印、不会保存。遗失后无法查询答复。',
    en: 'The code is shown this once, never printed or kept. Lost, it cannot be recovered.',
  },
  reportReceiptNextDay: {
    zh: '匿名举报于次日登记，届时可查询办理情况。',
    en: 'Anonymous reports are registered the next day; follow up from then.',
  },
  reportDone: { zh: '我已抄下，完成', en: 'I have written it down' },
  reportReceiptCode: { zh: '回执码（20位）', en: 'Receipt code (20 characters)' },
  reportQuery: { zh: '查询', en: 'Look up' },
  reportNoMatch: { zh: '回执码或查询口令不正确', en: 'The receipt code or the passphrase is wrong' },
  reportStatus: { zh: '办理状态', en: 'Status' },
  reportStatusReceived: { zh: '已收到，待登记', en: 'Received, to be registered' },
  reportStatusOpen: { zh: '办理中', en: 'Being handled' },
  reportStatusConcluded: { zh: '已办结', en: 'Concluded' },
  reportAnswers: { zh: '答复', en: 'Answers' },
  reportNoAnswers: { zh: '暂无答复', en: 'No answer yet' },
  reportAddInformation: { zh: '补充材料', en: 'Add information' },
  reportInformationSent: { zh: '补充材料已收到', en: 'Information received' },
  reportCatCollusion: { zh: '官商勾结', en: 'Collusion with business' },
  reportCatInaction: { zh: '为官不为', en: 'Inaction in office' },
  reportCatExtortion: { zh: '吃拿卡要', en: 'Demanding favours' },
  reportCatNegativeList: { zh: '违反政商交往负面清单', en: 'Breach of the negative list' },
  reportCatOther: { zh: '其他违纪违规', en: 'Other misconduct' },
} satisfies Record<string, LocalizedText>;

export type ReportKey = keyof typeof REPORT_STRINGS;
