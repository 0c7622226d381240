import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';

/**
 * Input limits the domain enforces (in Unicode characters, after trimming). The HTTP layer validates the same
 * shapes for early feedback and should import these numbers rather than restate them.
 */
export const REQUEST_TEXT_LIMITS = {
  title: 100,
  description: 4000,
  /** Enterprise, contact and meeting names. */
  name: 100,
  /** Notes, reasons, answers, instructions, conclusions, outcomes. */
  text: 4000,
  /** The enterprise's comment with a rating (may be empty). */
  comment: 1000,
  /** Ids and codes: request, receipt, unit, department, meeting. */
  identifier: 100,
} as const;

/** Ids arrive from other systems and end up in stream ids and order ids: letters, digits and `._:-` only. */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/u;

/** Fields a domain error may point at (`DomainError.field`), with their names for messages. */
export const REQUEST_FIELD_NAMES = {
  requestId: { zh: '诉求编号', en: 'Request id' },
  receiptCode: { zh: '回执码', en: 'Receipt code' },
  'enterprise.creditCode': { zh: '统一社会信用代码', en: 'Unified social credit code' },
  'enterprise.name': { zh: '企业名称', en: 'Enterprise name' },
  'contact.name': { zh: '联系人姓名', en: 'Contact name' },
  'contact.phone': { zh: '联系人手机号码', en: 'Contact mobile number' },
  category: { zh: '诉求类别', en: 'Category' },
  priority: { zh: '紧急程度', en: 'Priority' },
  channel: { zh: '受理渠道', en: 'Channel' },
  title: { zh: '标题', en: 'Title' },
  description: { zh: '诉求内容', en: 'Description' },
  receivingUnitId: { zh: '首问受理单位', en: 'Receiving unit' },
  'origin.kind': { zh: '来源类型', en: 'Origin kind' },
  'origin.id': { zh: '来源编号', en: 'Origin id' },
  toDepartmentId: { zh: '承办部门', en: 'Department' },
  note: { zh: '说明', en: 'Note' },
  reason: { zh: '理由', en: 'Reason' },
  cause: { zh: '暂停事由', en: 'Pause cause' },
  upToWorkingDays: { zh: '批准暂停天数', en: 'Approved pause length' },
  message: { zh: '答复内容', en: 'Message' },
  answer: { zh: '办理结果', en: 'Answer' },
  upperLevelUnit: { zh: '上级单位', en: 'Upper-level unit' },
  upperLevelReference: { zh: '上报文号', en: 'Upper-level reference' },
  basis: { zh: '依据', en: 'Basis' },
  clock: { zh: '时限类型', en: 'Clock' },
  orderId: { zh: '督办单编号', en: 'Supervision order id' },
  instruction: { zh: '督办要求', en: 'Instruction' },
  conclusion: { zh: '办结意见', en: 'Conclusion' },
  rating: { zh: '评价', en: 'Rating' },
  upheld: { zh: '申诉决定', en: 'Decision' },
  followUp: { zh: '回访或整改', en: 'Callback or rectification' },
  comment: { zh: '评价意见', en: 'Comment' },
  originalRequestId: { zh: '原诉求编号', en: 'Original request id' },
  meetingId: { zh: '联席会议编号', en: 'Meeting id' },
  meetingTitle: { zh: '联席会议名称', en: 'Meeting title' },
  scheduledOn: { zh: '会议日期', en: 'Meeting date' },
  outcome: { zh: '结论', en: 'Outcome' },
} as const satisfies Record<string, LocalizedMessage>;

export type RequestField = keyof typeof REQUEST_FIELD_NAMES;
