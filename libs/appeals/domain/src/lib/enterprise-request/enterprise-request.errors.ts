import { type DomainError, domainError, type LocalizedMessage } from '@qinqing/shared/domain-kernel';
import type { ScheduleNotLoadedError } from '@qinqing/calendar/domain';
import type { EnterpriseRequestCommand } from './enterprise-request.commands';
import { underRule } from '../values/appeals-rules';
import type { StaffConflict } from '../values/staff-conflict';
import { REQUEST_FIELD_NAMES, type RequestField } from './enterprise-request.fields';
import { REQUEST_STATUS_NAMES, type RequestStatus } from './enterprise-request.state';

/**
 * Every way the request decider refuses a command. `kind` drives the HTTP status (validation 400, forbidden 403,
 * not-found 404, conflict 409); `code` is stable for clients; the message is shown to people as it is.
 */
export type EnterpriseRequestErrorCode =
  // conflict: the request is not in a state that allows the command
  | 'request-already-submitted'
  | 'invalid-transition'
  | 'request-paused'
  | 'request-not-paused'
  | 'send-back-already-used'
  | 'send-back-window-closed'
  | 'extension-already-granted'
  | 'extension-after-due-date'
  | 'pause-cap-reached'
  | 'no-follow-up-due'
  | 'nothing-to-appeal'
  | 'rating-already-appealed'
  | 'no-appeal-pending'
  | 'outcome-already-planned'
  | 'not-excludable'
  | 'already-excluded'
  | 'already-rated'
  | 'feedback-window-closed'
  | 'reopen-limit-reached'
  | 'supervision-order-closed'
  | 'already-grouped-for-joint-meeting'
  | 'joint-meeting-not-yet-held'
  | 'joint-meeting-outcome-already-recorded'
  | 'working-day-schedule-not-loaded'
  | 'open-supervision-order'
  | 'original-not-open'
  | 'original-is-duplicate'
  | 'conflict-of-interest'
  // not-found
  | 'request-not-found'
  | 'supervision-order-not-found'
  | 'joint-meeting-not-found'
  // forbidden: someone else's request
  | 'actor-not-allowed'
  | 'not-the-owner'
  | 'not-the-pending-department'
  | 'not-the-handling-department'
  | 'not-the-filing-enterprise'
  | 'receiving-unit-mismatch'
  // validation: bad input, with `field`
  | 'text-required'
  | 'text-too-long'
  | 'invalid-identifier'
  | 'invalid-credit-code'
  | 'invalid-phone'
  | 'invalid-option'
  | 'invalid-date'
  | 'hand-off-to-self'
  | 'duplicate-of-itself'
  | 'original-not-found'
  | 'original-of-another-enterprise'
  | 'pause-extension-out-of-range'
  | 'priority-set-by-staff';

export type EnterpriseRequestError = DomainError<EnterpriseRequestErrorCode>;

/** What each command does, for messages that name the refused action. */
export const REQUEST_ACTION_NAMES: Record<EnterpriseRequestCommand['type'], LocalizedMessage> = {
  SubmitRequest: { zh: '提交诉求', en: 'submit the request' },
  HandOffRequest: { zh: '转办', en: 'hand the request off' },
  AcceptRequest: { zh: '签收', en: 'accept the request' },
  SendBackRequest: { zh: '退回', en: 'send the request back' },
  FallToDefaultOwner: { zh: '转由兜底责任单位负责', en: 'pass the request to the default owner' },
  ReplyToEnterprise: { zh: '答复企业', en: 'reply to the enterprise' },
  PlanOutcome: { zh: '登记拟上报上级或拟告知', en: 'record the outcome to be given' },
  PauseClock: { zh: '暂停计时', en: 'pause the clock' },
  ApprovePauseExtension: { zh: '批准延长暂停', en: 'approve a longer pause' },
  ResumeClock: { zh: '恢复计时', en: 'resume the clock' },
  ResolveRequest: { zh: '办结', en: 'resolve the request' },
  EscalateRequest: { zh: '上报上级', en: 'report the request to a higher level' },
  InformCannotHandle: { zh: '告知不能办理', en: 'inform the enterprise it cannot be handled' },
  ApproveExtension: { zh: '批准延期', en: 'approve an extension' },
  RecordDeadlineReminder: { zh: '发送到期提醒', en: 'record a deadline reminder' },
  RecordMissedDeadline: { zh: '记录超期', en: 'record a missed deadline' },
  OrderRehandling: { zh: '责令重新办理', en: 'order re-handling' },
  ApproveRateExclusion: { zh: '批准核减', en: 'approve the exclusion from the resolution rate' },
  AddSupervisionNote: { zh: '添加督办记录', en: 'add a supervision note' },
  CloseSupervisionOrder: { zh: '督办销号', en: 'close the supervision order' },
  RecordOrderDeadline: { zh: '督办到期提醒或升级', en: 'remind or escalate a supervision order' },
  RateRequest: { zh: '评价', en: 'rate the request' },
  RecordCallback: { zh: '记录回访', en: 'record the callback' },
  ReportRectification: { zh: '报送整改情况', en: 'report the rectification' },
  AppealRating: { zh: '对评价提出申诉', en: 'appeal the rating' },
  DecideRatingAppeal: { zh: '对申诉作出决定', en: 'decide the appeal' },
  RecordFollowUpDeadline: { zh: '回访、整改到期提醒', en: 'remind of a callback or rectification' },
  ReopenRequest: { zh: '重新办理', en: 'reopen the request' },
  CloseAfterFeedbackWindow: { zh: '评价期满关闭', en: 'close the request after the feedback window' },
  MarkDuplicate: { zh: '标记为重复诉求', en: 'mark the request as a duplicate' },
  GroupForJointMeeting: { zh: '提交联席会议', en: 'group the request for a joint meeting' },
  RecordJointMeetingOutcome: { zh: '记录联席会议结论', en: 'record the joint meeting outcome' },
  RederiveDueDates: { zh: '依据节假日通知重新核定期限', en: 'recompute due dates under a holiday notice' },
};

type Action = EnterpriseRequestCommand['type'];

const conflict = (code: EnterpriseRequestErrorCode, message: LocalizedMessage): EnterpriseRequestError =>
  domainError('conflict', code, message);

const forbidden = (code: EnterpriseRequestErrorCode, message: LocalizedMessage): EnterpriseRequestError =>
  domainError('forbidden', code, message);

const invalid = (
  code: EnterpriseRequestErrorCode,
  field: RequestField,
  message: LocalizedMessage,
): EnterpriseRequestError => domainError('validation', code, message, field);

const label = (field: RequestField): LocalizedMessage => REQUEST_FIELD_NAMES[field];

export const requestErrors = {
  alreadySubmitted: (requestId: string) =>
    conflict('request-already-submitted', {
      zh: '该诉求已经提交，不能重复提交',
      en: `Request ${requestId} has already been submitted`,
    }),

  invalidTransition: (action: Action, status: RequestStatus) => {
    const name = REQUEST_ACTION_NAMES[action];
    const state = REQUEST_STATUS_NAMES[status];
    return conflict('invalid-transition', {
      zh: `诉求当前状态为“${state.zh}”，不能${name.zh}`,
      en: `Cannot ${name.en}: the request is ${state.en}`,
    });
  },

  paused: (action: Action) =>
    conflict('request-paused', {
      zh: `诉求正在等待企业补充材料（计时已暂停），不能${REQUEST_ACTION_NAMES[action].zh}，请先恢复计时`,
      en: `Cannot ${REQUEST_ACTION_NAMES[action].en}: the request is paused waiting for the enterprise; resume it first`,
    }),

  notPaused: () =>
    conflict('request-not-paused', {
      zh: '诉求计时未暂停，无需恢复',
      en: 'The request is not paused',
    }),

  sendBackAlreadyUsed: () =>
    underRule(
      conflict('send-back-already-used', {
        zh: '本部门已退回过该诉求，每个部门只能退回一次，此次只能签收',
        en: 'Your department has sent this request back before; a department may send a request back only once, so it can only accept it now',
      }),
      'first-contact',
    ),

  sendBackWindowClosed: (claimBy: string, sendBackWithin: number) =>
    underRule(
      conflict('send-back-window-closed', {
        zh: `退回期限为 ${claimBy}，已过期，只能签收`,
        en: `The request could be sent back until ${claimBy}; it can only be accepted now`,
      }),
      'first-contact',
      { name: 'sendBackWithin', value: `${sendBackWithin}个工作日` },
    ),

  extensionAlreadyGranted: () =>
    conflict('extension-already-granted', {
      zh: '该诉求已延期一次，不能再次延期',
      en: 'The request has already had its one extension',
    }),

  extensionAfterDueDate: (due: string) =>
    underRule(
      conflict('extension-after-due-date', {
        zh: `办结期限 ${due} 已过，不能再批准延期；超期记录保留`,
        en: `The resolution was due on ${due}; an extension can no longer be approved and the miss stays on record`,
      }),
      'extension',
    ),

  pauseCapReached: (cap: number) =>
    underRule(
      conflict('pause-cap-reached', {
        zh: `该诉求累计暂停已达 ${cap} 个工作日，不能再暂停计时`,
        en: `The request's clocks have stood still for ${cap} working days in all; they cannot be paused again`,
      }),
      'clock-pause',
      { name: 'pauseCapPerRequest', value: cap },
    ),

  pauseExtensionOutOfRange: (allowed: number, left: number, cap: number) =>
    underRule(
      invalid('pause-extension-out-of-range', 'upToWorkingDays', {
        zh: `批准的暂停天数须为整数，多于已允许的 ${allowed} 个工作日，且不超过剩余的 ${left} 个工作日`,
        en: `The approved pause must be a whole number of working days above the ${allowed} already allowed and at most the ${left} left`,
      }),
      'clock-pause',
      { name: 'pauseCapPerRequest', value: cap },
    ),

  notExcludable: () =>
    underRule(
      conflict('not-excludable', {
        zh: '只有上报上级（报出）或告知不能办理的答复才能核减，办结的诉求计入解决率',
        en: 'Only a report-up or an inform answer can be excluded from the resolution rate; a resolution counts',
      }),
      'time-limits',
    ),

  alreadyExcluded: () =>
    conflict('already-excluded', {
      zh: '该答复已核减，不计入解决率',
      en: 'This answer is already excluded from the resolution rate',
    }),

  outcomeAlreadyPlanned: () =>
    underRule(
      conflict('outcome-already-planned', {
        zh: '已登记拟上报上级或拟告知，请在时限内完成',
        en: 'The outcome to be given is already recorded; give it within its limit',
      }),
      'time-limits',
    ),

  noFollowUpDue: (followUp: LocalizedMessage) =>
    underRule(
      conflict('no-follow-up-due', {
        zh: `该诉求当前没有待办的${followUp.zh}`,
        en: `The request has no ${followUp.en} due`,
      }),
      'feedback',
    ),

  nothingToAppeal: () =>
    underRule(
      conflict('nothing-to-appeal', {
        zh: '只能对不满意或非常不满意的评价提出申诉',
        en: 'Only a dissatisfied or very dissatisfied rating can be appealed',
      }),
      'feedback',
    ),

  ratingAlreadyAppealed: () =>
    conflict('rating-already-appealed', {
      zh: '该评价已提出过申诉，每个评价只能申诉一次',
      en: 'This rating has already been appealed; a rating is appealed once',
    }),

  noAppealPending: () =>
    conflict('no-appeal-pending', {
      zh: '该诉求没有待决定的申诉',
      en: 'The request has no appeal to decide',
    }),

  alreadyRated: () =>
    conflict('already-rated', {
      zh: '企业已对该诉求作出评价，每件诉求只能评价一次',
      en: 'The enterprise has already rated this request; a request is rated once',
    }),

  feedbackWindowClosed: (feedbackDue: string, feedbackWindow: number) =>
    underRule(
      conflict('feedback-window-closed', {
        zh: `评价及申请重新办理的期限为 ${feedbackDue}，已过期`,
        en: `Rating or reopening was possible until ${feedbackDue}`,
      }),
      'feedback',
      { name: 'feedbackWindow', value: `${feedbackWindow}个工作日` },
    ),

  reopenLimitReached: (maxReopens: number) =>
    underRule(
      conflict('reopen-limit-reached', {
        zh: `该诉求已重新办理 ${maxReopens} 次，达到上限`,
        en: `The request has been reopened ${maxReopens} times, the most allowed`,
      }),
      'feedback',
      { name: 'maxReopens', value: maxReopens },
    ),

  orderClosed: (orderId: string) =>
    conflict('supervision-order-closed', {
      zh: '该督办单已销号',
      en: `Supervision order ${orderId} is closed`,
    }),

  alreadyGroupedForMeeting: (meetingTitle: string) =>
    conflict('already-grouped-for-joint-meeting', {
      zh: `该诉求已提交联席会议“${meetingTitle}”`,
      en: `The request is already grouped for the joint meeting "${meetingTitle}"`,
    }),

  meetingNotYetHeld: (scheduledOn: string) =>
    conflict('joint-meeting-not-yet-held', {
      zh: `联席会议定于 ${scheduledOn} 召开，会后才能记录结论`,
      en: `The joint meeting is scheduled for ${scheduledOn}; its outcome can be recorded once it has been held`,
    }),

  meetingOutcomeAlreadyRecorded: (meetingTitle: string) =>
    conflict('joint-meeting-outcome-already-recorded', {
      zh: `联席会议“${meetingTitle}”的结论已记录`,
      en: `The outcome of the joint meeting "${meetingTitle}" has already been recorded`,
    }),

  /**
   * A deadline needs a year whose holiday notice is not loaded. Refused (409) with the calendar's own message
   * rather than guessed from weekends: the administrator loads the notice, then the command can be retried.
   */
  scheduleNotLoaded: (error: ScheduleNotLoadedError) =>
    conflict('working-day-schedule-not-loaded', error.localizedMessage),

  notFound: () =>
    domainError<EnterpriseRequestErrorCode>('not-found', 'request-not-found', {
      zh: '诉求不存在',
      en: 'No such request',
    }),

  orderNotFound: (orderId: string) =>
    domainError<EnterpriseRequestErrorCode>(
      'not-found',
      'supervision-order-not-found',
      { zh: '该诉求没有这张督办单', en: `The request has no supervision order ${orderId}` },
      'orderId',
    ),

  meetingNotFound: (meetingId: string) =>
    domainError<EnterpriseRequestErrorCode>(
      'not-found',
      'joint-meeting-not-found',
      {
        zh: '该诉求未提交这次联席会议',
        en: `The request was not grouped for joint meeting ${meetingId}`,
      },
      'meetingId',
    ),

  actorNotAllowed: (action: Action) =>
    forbidden('actor-not-allowed', {
      zh: `您无权${REQUEST_ACTION_NAMES[action].zh}`,
      en: `You may not ${REQUEST_ACTION_NAMES[action].en}`,
    }),

  notTheOwner: (action: Action) =>
    forbidden('not-the-owner', {
      zh: `只有当前负责该诉求的单位才能${REQUEST_ACTION_NAMES[action].zh}`,
      en: `Only the unit that currently owns the request may ${REQUEST_ACTION_NAMES[action].en}`,
    }),

  notThePendingDepartment: (action: Action) =>
    forbidden('not-the-pending-department', {
      zh: `只有被转办的部门才能${REQUEST_ACTION_NAMES[action].zh}`,
      en: `Only the department the request was handed to may ${REQUEST_ACTION_NAMES[action].en}`,
    }),

  notTheHandlingDepartment: (action: Action) =>
    forbidden('not-the-handling-department', {
      zh: `只有承办部门才能${REQUEST_ACTION_NAMES[action].zh}`,
      en: `Only the department handling the request may ${REQUEST_ACTION_NAMES[action].en}`,
    }),

  notTheFilingEnterprise: (action: Action) =>
    forbidden('not-the-filing-enterprise', {
      zh: `只有提出诉求的企业才能${REQUEST_ACTION_NAMES[action].zh}`,
      en: `Only the enterprise that filed the request may ${REQUEST_ACTION_NAMES[action].en}`,
    }),

  receivingUnitMismatch: () =>
    forbidden('receiving-unit-mismatch', {
      zh: '工作人员只能以本单位作为首问受理单位登记诉求',
      en: 'Staff file requests with their own unit as the receiving unit',
    }),

  prioritySetByStaff: () =>
    underRule(
      invalid('priority-set-by-staff', 'priority', {
        zh: '企业自行提交的诉求按“一般”登记，是否紧急由受理的工作人员判定',
        en: 'A request the enterprise files itself is filed as normal; the staff who receive it decide whether it is urgent',
      }),
      'first-contact',
    ),

  textRequired: (field: RequestField) =>
    invalid('text-required', field, {
      zh: `请填写${label(field).zh}`,
      en: `${label(field).en} is required`,
    }),

  textTooLong: (field: RequestField, max: number, length: number) =>
    invalid('text-too-long', field, {
      zh: `${label(field).zh}不能超过${max}个字，现为${length}个字`,
      en: `${label(field).en} must be at most ${max} characters; it has ${length}`,
    }),

  invalidIdentifier: (field: RequestField) =>
    invalid('invalid-identifier', field, {
      zh: `${label(field).zh}只能由字母、数字及 . _ : - 组成`,
      en: `${label(field).en} may contain only letters, digits and . _ : -`,
    }),

  invalidCreditCode: (message: LocalizedMessage) =>
    invalid('invalid-credit-code', 'enterprise.creditCode', message),

  invalidPhone: (message: LocalizedMessage) => invalid('invalid-phone', 'contact.phone', message),

  invalidOption: (
    field: RequestField,
    allowed: readonly string[],
    names?: Readonly<Record<string, LocalizedMessage>>,
  ) =>
    invalid('invalid-option', field, {
      zh:
        names === undefined
          ? `${label(field).zh}无效`
          : `${label(field).zh}须为以下之一：${allowed.map((option) => names[option]?.zh ?? option).join('、')}`,
      en: `${label(field).en} must be one of: ${allowed.join(', ')}`,
    }),

  invalidDate: (field: RequestField) =>
    invalid('invalid-date', field, {
      zh: `${label(field).zh}须为 YYYY-MM-DD 格式的有效日期`,
      en: `${label(field).en} must be a valid YYYY-MM-DD date`,
    }),

  handOffToSelf: () =>
    invalid('hand-off-to-self', 'toDepartmentId', {
      zh: '不能转办给本单位；本单位有权办理的，请直接签收',
      en: 'A unit cannot hand a request off to itself; if it is competent, it accepts the request instead',
    }),

  originalNotFound: () =>
    underRule(
      invalid('original-not-found', 'originalRequestId', {
        zh: '未找到所填的原诉求，请核对原诉求编号',
        en: 'No request has that id; check the original request id',
      }),
      'duplicate',
    ),

  originalOfAnotherEnterprise: () =>
    underRule(
      invalid('original-of-another-enterprise', 'originalRequestId', {
        zh: '原诉求须为同一企业提出的诉求',
        en: 'The original must be a request of the same enterprise',
      }),
      'duplicate',
    ),

  originalNotOpen: (title: string) =>
    underRule(
      conflict('original-not-open', {
        zh: `原诉求《${title}》已关闭，不能再并入；请继续办理本诉求`,
        en: `The original request "${title}" is closed; keep handling this one instead`,
      }),
      'duplicate',
    ),

  originalIsDuplicate: (title: string) =>
    underRule(
      conflict('original-is-duplicate', {
        zh: `原诉求《${title}》本身已并入其他诉求，请选择实际办理的诉求`,
        en: `The original request "${title}" is itself a duplicate; choose the request that carries the matter`,
      }),
      'duplicate',
    ),

  /** Closing (as a duplicate) is refused while a 督办 is open or a deadline has run out unsupervised. */
  supervisionBlocksClosing: (action: Action) =>
    underRule(
      conflict('open-supervision-order', {
        zh: `该诉求已超期或有未销号的督办单，督办销号前不能${REQUEST_ACTION_NAMES[action].zh}`,
        en: `The request is overdue or under an open supervision order; it cannot ${REQUEST_ACTION_NAMES[action].en} until the order is closed`,
      }),
      'supervision',
    ),

  /** 回避 (J 四): the actor must keep away from the request's enterprise; another person of the unit acts. */
  conflictOfInterest: (action: Action, basis: StaffConflict['basis']) =>
    underRule(
      conflict('conflict-of-interest', {
        zh: `与该企业存在需回避的关系（${basis === 'recusal' ? '已对该企业回避' : '已申报的特定关系人与该企业有持股、任职或经营往来'}），您不能${REQUEST_ACTION_NAMES[action].zh}，请由本部门其他人员办理`,
        en: `You have a tie to this enterprise that requires recusal (${basis === 'recusal' ? 'a recusal from it is recorded' : 'a declared specific-relation person has a shareholding, position or business with it'}); you may not ${REQUEST_ACTION_NAMES[action].en}: someone else in your unit handles it`,
      }),
      'recusal',
    ),

  duplicateOfItself: () =>
    invalid('duplicate-of-itself', 'originalRequestId', {
      zh: '诉求不能与自身重复',
      en: 'A request cannot duplicate itself',
    }),
};
