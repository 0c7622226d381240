import type { TimelineEntry } from '@qinqing/appeals/contracts';
import {
  CLOCK_NAMES,
  type EnterpriseRequestEvent,
  FOLLOW_UP_NAMES,
  PAUSE_CAUSE_NAMES,
  RATING_NAMES,
  SUPERVISION_LEVEL_NAMES,
  SUPERVISION_OUTCOME_NAMES,
  REQUEST_CATEGORY_NAMES,
  REQUEST_CHANNEL_NAMES,
} from '@qinqing/appeals/domain';
import type { RecordedEvent } from '@qinqing/shared/event-sourcing';
import { provisionalWords, rederivedWords } from './due-date-words';

type Words = { zh: string; en: string };
type UnitName = (unitId: string) => Words;

/** Steps an enterprise sees; supervision internals and reminders are for staff only. */
const INTERNAL: ReadonlySet<EnterpriseRequestEvent['type']> = new Set([
  'DeadlineApproaching',
  'DeadlineMissed',
  'SupervisionOrderIssued',
  'RehandlingOrdered',
  'SupervisionNoteAdded',
  'SupervisionOrderClosed',
  'SupervisionOrderReminded',
  'SupervisionOrderEscalated',
  'ReviewOpened',
  'FollowUpReminded',
  'FollowUpMissed',
  'RatingAppealed',
  'RatingAppealDecided',
  'RectificationReported',
  'GroupedForJointMeeting',
  'RateExclusionApproved',
]);

const describe = (event: EnterpriseRequestEvent, unit: UnitName): Words => {
  switch (event.type) {
    case 'RequestSubmitted':
      return {
        zh: `${unit(event.data.receivingUnitId).zh}受理了您的诉求（${REQUEST_CATEGORY_NAMES[event.data.category].zh}，${REQUEST_CHANNEL_NAMES[event.data.channel].zh}）`,
        en: `${unit(event.data.receivingUnitId).en} received the request (${REQUEST_CATEGORY_NAMES[event.data.category].en}, ${REQUEST_CHANNEL_NAMES[event.data.channel].en})`,
      };
    case 'RequestHandedOff':
      return {
        zh: `转办${unit(event.data.toDepartmentId).zh}`,
        en: `Handed to ${unit(event.data.toDepartmentId).en}`,
      };
    case 'RequestAccepted':
      return {
        zh: `${unit(event.data.departmentId).zh}已签收并负责办理`,
        en: `${unit(event.data.departmentId).en} accepted it and is handling it`,
      };
    case 'RequestSentBack':
      return {
        zh: `${unit(event.data.departmentId).zh}退回：${event.data.reason}`,
        en: `${unit(event.data.departmentId).en} sent it back: ${event.data.reason}`,
      };
    case 'RequestFellToDefaultOwner':
      return {
        zh: `无部门按时签收，由兜底责任单位${unit(event.data.defaultOwnerUnitId).zh}负责`,
        en: `No department took it in time; ${unit(event.data.defaultOwnerUnitId).en} is now responsible`,
      };
    case 'RequestReplied':
      return { zh: `答复：${event.data.message}`, en: `Reply: ${event.data.message}` };
    case 'RequestPaused': {
      const cause = event.data.cause === undefined ? null : PAUSE_CAUSE_NAMES[event.data.cause];
      return {
        zh: `计时暂停（${cause?.zh ?? '等待企业补充'}）：${event.data.reason}`,
        en: `Clock paused (${cause?.en ?? 'waiting for you'}): ${event.data.reason}`,
      };
    }
    case 'PauseExtensionApproved':
      return {
        zh: `督查部门批准暂停计时最长 ${event.data.upToWorkingDays} 个工作日：${event.data.reason}`,
        en: `Supervisor allowed the pause up to ${event.data.upToWorkingDays} working days: ${event.data.reason}`,
      };
    case 'RequestResumed':
      return {
        zh: `恢复办理，期限顺延${event.data.pausedWorkingDays}个工作日`,
        en: `Handling resumed; deadlines moved by ${event.data.pausedWorkingDays} working days`,
      };
    case 'OutcomePlanned':
      return event.data.outcome === 'inform'
        ? {
            zh: `${unit(event.data.departmentId).zh}认定不能办理，将于 ${event.data.due} 前告知理由：${event.data.note}`,
            en: `${unit(event.data.departmentId).en} found it cannot be handled and will say why by ${event.data.due}: ${event.data.note}`,
          }
        : {
            zh: `${unit(event.data.departmentId).zh}认定须上报上级，将于 ${event.data.due} 前报出：${event.data.note}`,
            en: `${unit(event.data.departmentId).en} found it needs a higher level and will report it up by ${event.data.due}: ${event.data.note}`,
          };
    case 'RequestResolved':
      return { zh: `已办结：${event.data.answer}`, en: `Resolved: ${event.data.answer}` };
    case 'RequestEscalated':
      return {
        zh: `已上报${event.data.upperLevelUnit}办理（文号 ${event.data.upperLevelReference}）`,
        en: `Reported to ${event.data.upperLevelUnit} (reference ${event.data.upperLevelReference})`,
      };
    case 'RequestInformed':
      return {
        zh: `无法办理：${event.data.reason}（依据：${event.data.basis}）`,
        en: `Cannot be handled: ${event.data.reason} (basis: ${event.data.basis})`,
      };
    case 'ResolutionExtended':
      return {
        zh: `经批准延期，办结期限为 ${event.data.resolveDue}`,
        en: `Extension approved; to be resolved by ${event.data.resolveDue}`,
      };
    case 'DeadlineApproaching':
      return event.data.stage === 'due-day'
        ? {
            zh: `${CLOCK_NAMES[event.data.clock].zh}今日到期（${event.data.due}）`,
            en: `${CLOCK_NAMES[event.data.clock].en} due today (${event.data.due})`,
          }
        : {
            zh: `临期预警：${CLOCK_NAMES[event.data.clock].zh}期限 ${event.data.due}`,
            en: `${CLOCK_NAMES[event.data.clock].en} deadline ${event.data.due} approaching`,
          };
    case 'DeadlineMissed':
      return {
        zh: `${CLOCK_NAMES[event.data.clock].zh}超期（期限 ${event.data.due}）`,
        en: `${CLOCK_NAMES[event.data.clock].en} overdue (due ${event.data.due})`,
      };
    case 'SupervisionOrderIssued':
      return {
        zh: `${CLOCK_NAMES[event.data.clock].zh}超期，${SUPERVISION_LEVEL_NAMES[1].zh}发出督办${event.data.due === undefined ? '' : `，须于 ${event.data.due} 前办理`}`,
        en: `${CLOCK_NAMES[event.data.clock].en} overdue: supervision order issued${event.data.due === undefined ? '' : `, due ${event.data.due}`}`,
      };
    case 'RehandlingOrdered':
      return {
        zh: `督办要求重新办理：${event.data.instruction}`,
        en: `Re-handling ordered: ${event.data.instruction}`,
      };
    case 'RateExclusionApproved':
      return {
        zh: `效能督查办批准核减（${event.data.outcome === 'inform' ? '告知' : '上报上级'}不计入解决率）：${event.data.reason}`,
        en: `Supervisor approved excluding this ${event.data.outcome === 'inform' ? 'inform' : 'report-up'} answer from the resolution rate: ${event.data.reason}`,
      };
    case 'SupervisionNoteAdded':
      return { zh: `督办意见：${event.data.note}`, en: `Supervision note: ${event.data.note}` };
    case 'SupervisionOrderClosed': {
      const outcome = event.data.outcome === undefined ? null : SUPERVISION_OUTCOME_NAMES[event.data.outcome];
      return {
        zh: `督办销号${outcome === null ? '' : `（${outcome.zh}）`}：${event.data.conclusion}`,
        en: `Supervision order closed${outcome === null ? '' : ` (${outcome.en})`}: ${event.data.conclusion}`,
      };
    }
    case 'SupervisionOrderReminded':
      return {
        zh: `督办临期预警：须于 ${event.data.due} 前办理`,
        en: `Supervision order due ${event.data.due}`,
      };
    case 'SupervisionOrderEscalated':
      return {
        zh: `督办逾期未办，升级由${SUPERVISION_LEVEL_NAMES[2].zh}督办，期限 ${event.data.due}`,
        en: `Supervision overdue; escalated to ${SUPERVISION_LEVEL_NAMES[2].en}, due ${event.data.due}`,
      };
    case 'RequestRated':
      return {
        zh: `企业评价：${RATING_NAMES[event.data.rating].zh}`,
        en: `Rated: ${RATING_NAMES[event.data.rating].en}`,
      };
    case 'ReviewOpened':
      return { zh: '差评复核已启动', en: 'Review opened after a poor rating' };
    case 'CallbackRecorded':
      return {
        zh: `效能督查办回访${event.data.answer === null ? '' : `，企业评价：${RATING_NAMES[event.data.answer].zh}`}：${event.data.note}`,
        en: `Callback by the supervision office${event.data.answer === null ? '' : `, rated ${RATING_NAMES[event.data.answer].en}`}: ${event.data.note}`,
      };
    case 'RectificationReported':
      return {
        zh: `${unit(event.data.departmentId).zh}报送整改情况：${event.data.note}`,
        en: `${unit(event.data.departmentId).en} reported its rectification: ${event.data.note}`,
      };
    case 'FollowUpReminded':
      return {
        zh: `${FOLLOW_UP_NAMES[event.data.followUp].zh}临期预警：期限 ${event.data.due}`,
        en: `${FOLLOW_UP_NAMES[event.data.followUp].en} due ${event.data.due}`,
      };
    case 'FollowUpMissed':
      return {
        zh: `${FOLLOW_UP_NAMES[event.data.followUp].zh}超期（期限 ${event.data.due}）`,
        en: `${FOLLOW_UP_NAMES[event.data.followUp].en} overdue (due ${event.data.due})`,
      };
    case 'RatingAppealed':
      return {
        zh: `${unit(event.data.departmentId).zh}对评价提出申诉：${event.data.reason}`,
        en: `${unit(event.data.departmentId).en} appealed the rating: ${event.data.reason}`,
      };
    case 'RatingAppealDecided':
      return {
        zh: `申诉${event.data.upheld ? '成立，该评价不计入满意率' : '不成立，评价维持'}：${event.data.reason}`,
        en: `Appeal ${event.data.upheld ? 'upheld: the rating is set aside' : 'rejected: the rating stands'}: ${event.data.reason}`,
      };
    case 'RequestReopened':
      return {
        zh: `企业要求重新办理：${event.data.reason}`,
        en: `Reopened by the enterprise: ${event.data.reason}`,
      };
    case 'RequestClosed':
      return event.data.reason === 'duplicate'
        ? { zh: '作为重复诉求关闭', en: 'Closed as a duplicate' }
        : { zh: '评价期满，诉求关闭', en: 'Closed after the feedback period' };
    case 'MarkedDuplicate': {
      // The enterprise is told, in words, which request carries its matter (never an internal id).
      const original = event.data.original;
      return original === undefined
        ? {
            zh: '与您先前提交的诉求为同一事项，并入该诉求办理',
            en: 'Same matter as an earlier request of yours; handled there',
          }
        : {
            zh: `与您于 ${original.submittedOn} 提交的诉求《${original.title}》为同一事项，并入该诉求一并办理`,
            en: `Same matter as your request "${original.title}" of ${original.submittedOn}; it is handled there`,
          };
    }
    case 'GroupedForJointMeeting':
      return {
        zh: `提交联席会议「${event.data.meetingTitle}」（${event.data.scheduledOn}）`,
        en: `Put to the joint meeting "${event.data.meetingTitle}" (${event.data.scheduledOn})`,
      };
    case 'JointMeetingOutcomeRecorded':
      return {
        zh: `联席会议结论：${event.data.outcome}`,
        en: `Joint meeting outcome: ${event.data.outcome}`,
      };
    case 'DueDatesMarkedProvisional':
      return provisionalWords(event);
    case 'DueDatesRederived':
      return rederivedWords(event);
  }
};

/** The request's history in readable words; `forEnterprise` leaves out what is internal to the government. */
export const requestTimeline = (
  history: readonly RecordedEvent[],
  unitName: UnitName,
  forEnterprise: boolean,
): TimelineEntry[] =>
  history
    .map((recorded) => ({
      recorded,
      event: { type: recorded.type, data: recorded.data } as EnterpriseRequestEvent,
    }))
    .filter(({ event }) => !forEnterprise || !INTERNAL.has(event.type))
    .map(({ recorded, event }) => ({
      at: recorded.metadata.occurredAt,
      type: event.type,
      summary: describe(event, unitName),
      actorRole: recorded.metadata.actorRole,
    }));
