import type { LocalizedText } from '@qinqing/shared/chinese-ids';
import { CREDIT_STRINGS } from './creditStrings';
import { QUEUE_TILE_STRINGS } from './queueTileStrings';
import { POLICY_STRINGS } from './policyStrings';
import { REPORT_TILE_STRINGS } from './reportTileStrings';
import { EVENTS_TILE_STRINGS } from './eventsTileStrings';
import { HEALTH_INDEX_TILE_STRINGS } from './healthIndexTileStrings';

export type Lang = 'zh' | 'en';

/** Every word the kiosk shows, in plain language for people in a hurry at a public screen. */
export const STRINGS = {
  brand: { zh: '亲清家园 自助服务', en: 'Qin-Qing Home self-service' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },
  elder: { zh: '大字模式', en: 'Large text' },
  home: { zh: '回首页', en: 'Home' },
  back: { zh: '上一步', en: 'Back' },
  next: { zh: '下一步', en: 'Next' },
  finish: { zh: '完成，回首页', en: 'Done, back to start' },
  welcome: { zh: '您好！请选择要办理的事项', en: 'Hello! What would you like to do?' },
  fileTile: { zh: '提交诉求', en: 'File a request' },
  fileTileHint: {
    zh: '向政府部门反映问题、提出需求，限时答复',
    en: 'Tell the government about a problem or need; answered within a time limit',
  },
  trackTile: { zh: '查询进度', en: 'Track a request' },
  trackTileHint: {
    zh: '用回执码和手机号后四位查看办理情况、评价',
    en: 'See progress with the receipt code and phone digits; rate the answer',
  },
  liaisonTile: { zh: '我的联系领导', en: 'My liaison official' },
  liaisonTileHint: {
    zh: '查看联系本企业的领导干部，以及走访中反映问题的办理和答复',
    en: 'See who liaises with your enterprise, and how the problems raised at visits were answered',
  },
  liaisonTitle: { zh: '我的联系领导', en: 'My liaison official' },
  identifyHint: {
    zh: '为保护企业信息，将向企业名录登记的联系手机发送短信验证码。',
    en: 'To protect your enterprise, a code is texted to the contact mobile the enterprise directory holds.',
  },
  sendCode: { zh: '发送验证码', en: 'Text me a code' },
  sendingCode: { zh: '正在发送…', en: 'Sending…' },
  codeSentTo: {
    zh: '验证码已发送至 {phone}（企业名录登记的联系手机），5分钟内有效。',
    en: 'A code was texted to {phone} (the directory’s contact mobile); it lasts 5 minutes.',
  },
  smsCode: { zh: '短信验证码', en: 'Text-message code' },
  confirmCode: { zh: '确认', en: 'Confirm' },
  resendIn: { zh: '{s}秒后可重新获取', en: 'Ask again in {s} s' },
  resend: { zh: '重新获取验证码', en: 'Send a new code' },
  officialsTitle: { zh: '联系本企业的领导干部', en: 'Officials liaising with your enterprise' },
  noOfficials: {
    zh: '本企业暂未确定联系领导。如需联系，请咨询服务窗口。',
    en: 'No official liaises with your enterprise yet. Ask at the service desk.',
  },
  officeChannel: { zh: '联系方式', en: 'Office contact' },
  noOfficeChannel: { zh: '请通过服务窗口联系', en: 'Through the service desk' },
  pairedSince: { zh: '联系起始', en: 'Since' },
  problemsTitle: { zh: '走访中反映的问题', en: 'Problems raised at visits' },
  noProblems: { zh: '走访中尚未反映问题。', en: 'No problems have been raised at visits.' },
  visitedOn: { zh: '{date} {form}', en: '{date}, {form}' },
  answerLabel: { zh: '答复', en: 'Answer' },
  awaitingAnswer: { zh: '尚未答复', en: 'Not answered yet' },
  provisionTitle: { zh: '终端登记（仅限工作人员）', en: 'Kiosk set-up (staff only)' },
  provisionHint: {
    zh: '这台终端尚未登记。请工作人员输入设备凭证。',
    en: 'This kiosk is not set up yet. Staff: enter the device credential.',
  },
  credential: { zh: '设备凭证', en: 'Device credential' },
  provisionSubmit: { zh: '登记终端', en: 'Set up kiosk' },
  provisionFailed: {
    zh: '凭证不正确或已停用，请核对后重试',
    en: 'The credential is wrong or revoked; check it and try again',
  },
  stepOf: { zh: '第{n}步，共{total}步', en: 'Step {n} of {total}' },
  creditCodeTitle: { zh: '请输入统一社会信用代码', en: 'Enter the unified social credit code' },
  creditCodeHint: {
    zh: '18位，在营业执照上。键盘上只有代码会用到的字母。',
    en: '18 characters, on the business licence. The keyboard only has letters a code can contain.',
  },
  creditCodeOk: { zh: '统一社会信用代码正确', en: 'The unified social credit code is valid' },
  enterpriseNameTitle: { zh: '请输入企业名称', en: 'Enter the enterprise name' },
  categoryTitle: { zh: '请选择诉求类别', en: 'What is it about?' },
  descriptionTitle: { zh: '请说明您的诉求', en: 'Describe your request' },
  descriptionHint: {
    zh: '写清楚遇到了什么问题、希望怎么解决。',
    en: 'Say what the problem is and what you would like done.',
  },
  contactTitle: { zh: '联系人', en: 'Contact person' },
  contactName: { zh: '联系人姓名', en: 'Contact name' },
  contactPhone: { zh: '手机号码', en: 'Mobile number' },
  reviewTitle: { zh: '请核对后提交', en: 'Check and submit' },
  edit: { zh: '修改', en: 'Change' },
  submit: { zh: '确认提交', en: 'Submit' },
  submitting: { zh: '正在提交…', en: 'Submitting…' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  enterpriseName: { zh: '企业名称', en: 'Enterprise' },
  category: { zh: '类别', en: 'Category' },
  description: { zh: '诉求内容', en: 'Description' },
  receiptTitle: { zh: '提交成功', en: 'Request filed' },
  receiptCode: { zh: '回执码', en: 'Receipt code' },
  receiptKeep: {
    zh: '查询进度需要回执码和您登记的手机号码后四位。请保存回执，或用手机扫码随时查看。',
    en: 'To track it you need the receipt code and the last four digits of the phone number you gave. Keep this receipt, or scan the QR code to follow it on your phone.',
  },
  receiptProvisional: {
    zh: '标“暂定”的日期待节假日安排公布后核定，以查询结果为准。',
    en: 'Provisional dates are confirmed once the holiday notice is out; tracking shows the current date.',
  },
  receiptSubject: { zh: '诉求事项', en: 'Subject' },
  receiptFiledAt: { zh: '提交时间', en: 'Filed at' },
  hotline: { zh: '服务电话', en: 'Hotline' },
  privacyTitle: { zh: '联系人信息如何使用', en: 'How your contact details are used' },
  privacyLead: {
    zh: '接下来请留下联系人姓名和手机号码。依照《个人信息保护法》第十七条，请先了解：',
    en: 'Next we ask for a contact name and mobile number. As the Personal Information Protection Law (art. 17) requires, please read first:',
  },
  privacyPurposeLabel: { zh: '用途', en: 'Purpose' },
  privacyPurpose: {
    zh: '只用于就本诉求与您联系；查询、评价时用手机号后四位核实是您本人。',
    en: 'Only to contact you about this request; the last four digits check that it is you when you track or rate it.',
  },
  privacyWhoLabel: { zh: '谁能看到', en: 'Who sees it' },
  privacyWho: {
    zh: '承办单位（签收前为服务中心，签收后为承办部门）的工作人员可见完整号码，其他人员只见遮盖的号码（如 138****1234）；不对外公开、不提供给第三方。',
    en: 'Staff of the unit working on your request (the centre, then the department that accepts it) see the full number; others see it masked (138****1234). Never published or shared.',
  },
  privacyKeepLabel: { zh: '保存多久', en: 'How long' },
  privacyKeep: {
    zh: '随本诉求的办理记录作为政务服务档案保存；本机在您离开或办理结束时立即清除。',
    en: 'With the record of this request, kept as a government service record; this kiosk forgets it as soon as you finish or walk away.',
  },
  privacyRights: {
    zh: '如需查阅或更正，请联系服务台工作人员。点“下一步”继续。',
    en: 'To see or correct it, ask the desk staff. Tap “Next” to go on.',
  },
  leaveTitle: { zh: '放弃已填写的内容？', en: 'Discard what you have entered?' },
  leaveText: {
    zh: '回到首页会清除本次填写的全部内容。',
    en: 'Going back to the start clears everything you have entered.',
  },
  leaveStay: { zh: '继续填写', en: 'Keep going' },
  leaveConfirm: { zh: '放弃并回首页', en: 'Discard and go home' },
  replyBy: { zh: '答复期限', en: 'Reply by' },
  resolveBy: { zh: '办结期限', en: 'Resolve by' },
  provisional: { zh: '暂定', en: 'provisional' },
  provisionalNote: {
    zh: '标“暂定”的期限涉及尚未公布的节假日安排，暂按法定节假日计算；安排公布后可能调整，以查询结果为准。',
    en: 'Dates marked provisional depend on a holiday notice not yet published and count statutory holidays only; they may change once it is — tracking shows the current date.',
  },
  print: { zh: '打印回执', en: 'Print receipt' },
  scanToTrack: { zh: '手机扫码查进度', en: 'Scan to track' },
  queuedTitle: { zh: '网络暂时中断，诉求已保存在本机', en: 'No connection: your request is saved here' },
  queuedText: {
    zh: '诉求尚未送达，网络恢复后本机会自动发送，只会提交一次。下面是临时编号，不是回执码；正式回执码请凭统一社会信用代码向服务台工作人员查询。',
    en: 'It has not been sent yet. This kiosk sends it by itself when the connection is back, exactly once. Below is a provisional number, not a receipt code; ask the desk staff for the receipt code with your credit code.',
  },
  provisionalNumber: { zh: '临时编号', en: 'Provisional number' },
  queuedNowSent: { zh: '网络已恢复，诉求已送达。', en: 'Connection is back: your request has been filed.' },
  trackTitle: { zh: '查询诉求进度', en: 'Track a request' },
  receiptCodeHint: { zh: '12位，在回执上', en: '12 characters, on the receipt' },
  phoneLast4: { zh: '手机号后四位', en: 'Last four phone digits' },
  query: { zh: '查询', en: 'Look up' },
  notFound: {
    zh: '没有找到这条诉求，请核对回执码和手机号后四位',
    en: 'No request matches; check the receipt code and the phone digits',
  },
  status: { zh: '办理状态', en: 'Status' },
  timeline: { zh: '办理经过', en: 'What has happened' },
  answer: { zh: '答复', en: 'Answer' },
  rateTitle: { zh: '您对答复满意吗？', en: 'Are you satisfied with the answer?' },
  rateFinal: {
    zh: '每条诉求只能评价一次，提交后不能修改。',
    en: 'A request is rated once; the rating cannot be changed after it is sent.',
  },
  rateChosen: { zh: '您的评价：{rating}', en: 'Your rating: {rating}' },
  rateComment: { zh: '评价意见（可不填）', en: 'Comment (optional)' },
  rateConfirm: { zh: '确认提交评价', en: 'Send the rating' },
  rateChange: { zh: '重新选择', en: 'Choose again' },
  rated: { zh: '感谢您的评价！', en: 'Thank you for rating!' },
  yourRating: { zh: '您已评价：{rating}', en: 'You rated it: {rating}' },
  reopen: { zh: '不满意，申请重新办理', en: 'Not resolved: ask for it to be handled again' },
  reopenReason: { zh: '重新办理的理由', en: 'Why it should be handled again' },
  reopenSubmit: { zh: '提交申请', en: 'Send' },
  reopened: { zh: '已申请重新办理', en: 'Asked for it to be handled again' },
  idleWarning: {
    zh: '长时间无操作，{s}秒后回到首页并清除填写内容',
    en: 'No activity: returning to the start and clearing everything in {s} s',
  },
  stillHere: { zh: '我还在用', en: "I'm still here" },
  networkError: {
    zh: '网络暂时不通，请稍后再试或联系工作人员',
    en: 'No connection right now; try again shortly or ask the staff',
  },
  clear: { zh: '清空', en: 'Clear' },
  delete: { zh: '删除', en: 'Delete' },
  space: { zh: '空格', en: 'Space' },
  chinese: { zh: '中文', en: 'Chinese' },
  latin: { zh: '英文', en: 'Latin' },
  candidates: { zh: '候选字词', en: 'Candidates' },
  typedPinyin: { zh: '拼音', en: 'Pinyin' },
  noCandidate: { zh: '没有对应的字，请检查拼音', en: 'No characters for this pinyin' },
  loadingDictionary: { zh: '正在加载字库…', en: 'Loading characters…' },
  days: { zh: '剩{n}个工作日', en: '{n} working days left' },
  ...CREDIT_STRINGS,
  ...QUEUE_TILE_STRINGS,
  ...POLICY_STRINGS,
  ...REPORT_TILE_STRINGS,
  ...EVENTS_TILE_STRINGS,
  ...HEALTH_INDEX_TILE_STRINGS,
} satisfies Record<string, LocalizedText>;

export type StringKey = keyof typeof STRINGS;

/** `{name}` placeholders filled from `values`. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? ''));

/** The zod schemas carry "中文 / English"; show the half in the visitor's language. */
export const bilingualPart = (message: string, lang: Lang): string => {
  const [zh, en] = message.split(' / ');
  return (lang === 'zh' ? zh : en) ?? message;
};
