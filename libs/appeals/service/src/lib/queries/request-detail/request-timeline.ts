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
import type { OrderLabel } from './supervision-order-labels';

type Words = { zh: string; en: string };

/** Who reads the timeline: staff see every step with its notes; the enterprise sees what concerns it. */
export type TimelineAudience = 'staff' | 'enterprise';

export interface TimelineContext {
  readonly unitName: (unitId: string) => Words;
  readonly orders: ReadonlyMap<string, OrderLabel>;
  /** Another request's title (a duplicate's original), to name it instead of showing its id. */
  readonly requestTitle: (requestId: string) => string | null;
}

/** Steps an enterprise does not see: supervision internals, reminders, appeals against its rating. */
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

const both = (zh: string, en: string): Words => ({ zh, en });

/** "：note" after a step when a note was written, nothing when it is empty. */
const withNote = (words: Words, label: Words, note: string): Words =>
  note.trim() === ''
    ? words
    : { zh: `${words.zh}。${label.zh}：${note}`, en: `${words.en}. ${label.en}: ${note}` };

const orderName = (context: TimelineContext, orderId: string): Words =>
  context.orders.get(orderId)?.name ?? both('督办单', 'supervision order');

/** The enterprise's words where they differ from the staff's (addressed to "you", internal notes left out). */
const forEnterprise = (event: EnterpriseRequestEvent, context: TimelineContext): Words | null => {
  const unit = context.unitName;
  switch (event.type) {
    case 'RequestSubmitted':
      return both(
        `${unit(event.data.receivingUnitId).zh}受理了您的诉求（${REQUEST_CATEGORY_NAMES[event.data.category].zh}，${REQUEST_CHANNEL_NAMES[event.data.channel].zh}）`,
        `${unit(event.data.receivingUnitId).en} received your request (${REQUEST_CATEGORY_NAMES[event.data.category].en}, ${REQUEST_CHANNEL_NAMES[event.data.channel].en})`,
      );
    case 'RequestHandedOff':
      return both(
        `转办${unit(event.data.toDepartmentId).zh}`,
        `Handed to ${unit(event.data.toDepartmentId).en}`,
      );
    case 'RequestAccepted':
      return both(
        `${unit(event.data.departmentId).zh}已签收并负责办理`,
        `${unit(event.data.departmentId).en} accepted it and is handling it`,
      );
    case 'RequestPaused': {
      const cause = event.data.cause === undefined ? null : PAUSE_CAUSE_NAMES[event.data.cause];
      return both(
        `计时暂停（${cause?.zh ?? '等待您补充材料或信息'}）：${event.data.reason}`,
        `Clock paused (${cause?.en ?? 'waiting for you'}): ${event.data.reason}`,
      );
    }
    case 'RequestEscalated':
      return both(
        `已上报${event.data.upperLevelUnit}办理（文号 ${event.data.upperLevelReference}）`,
        `Reported to ${event.data.upperLevelUnit} (reference ${event.data.upperLevelReference})`,
      );
    case 'ResolutionExtended':
      return both(
        `经批准延期，办结期限为 ${event.data.resolveDue}`,
        `Extension approved; to be resolved by ${event.data.resolveDue}`,
      );
    case 'RequestResolved':
      return both(
        `${unit(event.data.departmentId).zh}已办结：${event.data.answer}`,
        `${unit(event.data.departmentId).en} resolved it: ${event.data.answer}`,
      );
    case 'RequestReplied':
      return both(
        `${unit(event.data.byUnitId).zh}答复：${event.data.message}`,
        `${unit(event.data.byUnitId).en} replied: ${event.data.message}`,
      );
    case 'RequestInformed':
      return both(
        `无法办理：${event.data.reason}（依据：${event.data.basis}）`,
        `Cannot be handled: ${event.data.reason} (basis: ${event.data.basis})`,
      );
    case 'RequestRated':
      return withNote(
        both(
          `您的评价：${RATING_NAMES[event.data.rating].zh}`,
          `Your rating: ${RATING_NAMES[event.data.rating].en}`,
        ),
        both('评价意见', 'Comment'),
        event.data.comment,
      );
    case 'RequestReopened':
      return both(
        `您申请重新办理：${event.data.reason}`,
        `You asked for it to be handled again: ${event.data.reason}`,
      );
    case 'MarkedDuplicate': {
      // The enterprise is told, in words, which request carries its matter (never an internal id).
      const original = event.data.original;
      return original === undefined
        ? both(
            '与您先前提交的诉求为同一事项，并入该诉求办理',
            'Same matter as an earlier request of yours; handled there',
          )
        : both(
            `与您于 ${original.submittedOn} 提交的诉求《${original.title}》为同一事项，并入该诉求一并办理`,
            `Same matter as your request "${original.title}" of ${original.submittedOn}; it is handled there`,
          );
    }
    default:
      return null;
  }
};

/** Every step in the words staff need: who did what, with every note and reason that was written. */
const forStaff = (event: EnterpriseRequestEvent, context: TimelineContext): Words => {
  const unit = context.unitName;
  switch (event.type) {
    case 'RequestSubmitted':
      return both(
        `${unit(event.data.receivingUnitId).zh}受理诉求（${REQUEST_CATEGORY_NAMES[event.data.category].zh}，${REQUEST_CHANNEL_NAMES[event.data.channel].zh}）`,
        `${unit(event.data.receivingUnitId).en} received the request (${REQUEST_CATEGORY_NAMES[event.data.category].en}, ${REQUEST_CHANNEL_NAMES[event.data.channel].en})`,
      );
    case 'RequestHandedOff':
      return withNote(
        both(
          `${unit(event.data.fromUnitId).zh}转办${unit(event.data.toDepartmentId).zh}，${event.data.claimBy}前可退回`,
          `${unit(event.data.fromUnitId).en} handed it to ${unit(event.data.toDepartmentId).en} (may be sent back until ${event.data.claimBy})`,
        ),
        both('转办说明', 'Hand-off note'),
        event.data.note,
      );
    case 'RequestAccepted':
      return both(
        `${unit(event.data.departmentId).zh}签收，负责办理`,
        `${unit(event.data.departmentId).en} accepted it and handles it`,
      );
    case 'RequestSentBack':
      return withNote(
        both(
          `${unit(event.data.departmentId).zh}退回${unit(event.data.returnedToUnitId).zh}`,
          `${unit(event.data.departmentId).en} sent it back to ${unit(event.data.returnedToUnitId).en}`,
        ),
        both('退回理由', 'Reason'),
        event.data.reason,
      );
    case 'RequestFellToDefaultOwner':
      return both(
        `${unit(event.data.unclaimedByDepartmentId).zh}未在期限内签收，由兜底责任单位${unit(event.data.defaultOwnerUnitId).zh}负责`,
        `${unit(event.data.unclaimedByDepartmentId).en} did not accept it in time; ${unit(event.data.defaultOwnerUnitId).en} is now responsible`,
      );
    case 'RequestReplied':
      return both(
        `${unit(event.data.byUnitId).zh}答复企业：${event.data.message}`,
        `${unit(event.data.byUnitId).en} replied to the enterprise: ${event.data.message}`,
      );
    case 'RequestPaused': {
      const cause = event.data.cause === undefined ? null : PAUSE_CAUSE_NAMES[event.data.cause];
      return both(
        `暂停计时（${cause?.zh ?? '等待企业补充'}）。暂停理由：${event.data.reason}`,
        `Clock paused (${cause?.en ?? 'waiting for the enterprise'}). Reason: ${event.data.reason}`,
      );
    }
    case 'PauseExtensionApproved':
      return both(
        `督查部门批准暂停计时最长 ${event.data.upToWorkingDays} 个工作日：${event.data.reason}`,
        `Supervisor allowed the pause up to ${event.data.upToWorkingDays} working days: ${event.data.reason}`,
      );
    case 'OutcomePlanned':
      return event.data.outcome === 'inform'
        ? both(
            `${unit(event.data.departmentId).zh}认定不能办理，将于 ${event.data.due} 前告知理由：${event.data.note}`,
            `${unit(event.data.departmentId).en} found it cannot be handled and will say why by ${event.data.due}: ${event.data.note}`,
          )
        : both(
            `${unit(event.data.departmentId).zh}认定须上报上级，将于 ${event.data.due} 前报出：${event.data.note}`,
            `${unit(event.data.departmentId).en} found it needs a higher level and will report it up by ${event.data.due}: ${event.data.note}`,
          );
    case 'RequestResumed':
      return both(
        `恢复计时，各期限顺延${event.data.pausedWorkingDays}个工作日`,
        `Clock resumed; deadlines moved by ${event.data.pausedWorkingDays} working days`,
      );
    case 'RequestResolved':
      return both(
        `${unit(event.data.departmentId).zh}办结：${event.data.answer}`,
        `${unit(event.data.departmentId).en} resolved it: ${event.data.answer}`,
      );
    case 'RequestEscalated':
      return withNote(
        both(
          `${unit(event.data.departmentId).zh}上报${event.data.upperLevelUnit}（文号 ${event.data.upperLevelReference}）`,
          `${unit(event.data.departmentId).en} reported it to ${event.data.upperLevelUnit} (reference ${event.data.upperLevelReference})`,
        ),
        both('上报说明', 'Note'),
        event.data.note,
      );
    case 'RequestInformed':
      return both(
        `${unit(event.data.departmentId).zh}告知企业不能办理：${event.data.reason}（依据：${event.data.basis}）`,
        `${unit(event.data.departmentId).en} told the enterprise it cannot be handled: ${event.data.reason} (basis: ${event.data.basis})`,
      );
    case 'ResolutionExtended':
      return withNote(
        both(
          `效能督查批准延期，办结期限改为 ${event.data.resolveDue}`,
          `Extension approved by supervision; resolve by ${event.data.resolveDue}`,
        ),
        both('延期理由', 'Reason'),
        event.data.reason,
      );
    case 'DeadlineApproaching':
      return event.data.stage === 'due-day'
        ? both(
            `${CLOCK_NAMES[event.data.clock].zh}今日到期（${event.data.due}）`,
            `${CLOCK_NAMES[event.data.clock].en} due today (${event.data.due})`,
          )
        : both(
            `临期预警：${CLOCK_NAMES[event.data.clock].zh}期限 ${event.data.due}`,
            `${CLOCK_NAMES[event.data.clock].en} deadline ${event.data.due} approaching`,
          );
    case 'DeadlineMissed':
      return both(
        `${CLOCK_NAMES[event.data.clock].zh}超期（期限 ${event.data.due}）`,
        `${CLOCK_NAMES[event.data.clock].en} overdue (due ${event.data.due})`,
      );
    case 'SupervisionOrderIssued': {
      const name = orderName(context, event.data.orderId);
      const due = event.data.due;
      return both(
        `${SUPERVISION_LEVEL_NAMES[1].zh}发出${name.zh}${due === undefined ? '' : `，须于 ${due} 前办理`}`,
        `${SUPERVISION_LEVEL_NAMES[1].en} issued ${name.en}${due === undefined ? '' : `, due ${due}`}`,
      );
    }
    case 'RateExclusionApproved':
      return both(
        `效能督查办批准核减（${event.data.outcome === 'inform' ? '告知' : '上报上级'}不计入解决率）：${event.data.reason}`,
        `Supervisor approved excluding this ${event.data.outcome === 'inform' ? 'inform' : 'report-up'} answer from the resolution rate: ${event.data.reason}`,
      );
    case 'RehandlingOrdered': {
      const name = orderName(context, event.data.orderId);
      return both(
        `${name.zh}：责令重新办理。督办要求：${event.data.instruction}`,
        `${name.en}: re-handling ordered. Instruction: ${event.data.instruction}`,
      );
    }
    case 'SupervisionNoteAdded': {
      const name = orderName(context, event.data.orderId);
      return both(`${name.zh}督办意见：${event.data.note}`, `${name.en}, note: ${event.data.note}`);
    }
    case 'SupervisionOrderClosed': {
      const name = orderName(context, event.data.orderId);
      const outcome = event.data.outcome === undefined ? null : SUPERVISION_OUTCOME_NAMES[event.data.outcome];
      return both(
        `${name.zh}督办销号${outcome === null ? '' : `（${outcome.zh}）`}：${event.data.conclusion}`,
        `${name.en} closed${outcome === null ? '' : ` (${outcome.en})`}: ${event.data.conclusion}`,
      );
    }
    case 'SupervisionOrderReminded': {
      const name = orderName(context, event.data.orderId);
      return both(`${name.zh}临期预警：须于 ${event.data.due} 前办理`, `${name.en} due ${event.data.due}`);
    }
    case 'SupervisionOrderEscalated': {
      const name = orderName(context, event.data.orderId);
      return both(
        `${name.zh}逾期未办，升级由${SUPERVISION_LEVEL_NAMES[2].zh}督办，期限 ${event.data.due}`,
        `${name.en} overdue; escalated to ${SUPERVISION_LEVEL_NAMES[2].en}, due ${event.data.due}`,
      );
    }
    case 'CallbackRecorded':
      return withNote(
        both(
          `效能督查办回访${event.data.answer === null ? '' : `，企业评价：${RATING_NAMES[event.data.answer].zh}`}`,
          `Callback by the supervision office${event.data.answer === null ? '' : `, rated ${RATING_NAMES[event.data.answer].en}`}`,
        ),
        both('回访记录', 'Note'),
        event.data.note,
      );
    case 'RectificationReported':
      return both(
        `${unit(event.data.departmentId).zh}报送整改情况：${event.data.note}`,
        `${unit(event.data.departmentId).en} reported its rectification: ${event.data.note}`,
      );
    case 'FollowUpReminded':
      return both(
        `${FOLLOW_UP_NAMES[event.data.followUp].zh}临期预警：期限 ${event.data.due}`,
        `${FOLLOW_UP_NAMES[event.data.followUp].en} due ${event.data.due}`,
      );
    case 'FollowUpMissed':
      return both(
        `${FOLLOW_UP_NAMES[event.data.followUp].zh}超期（期限 ${event.data.due}）`,
        `${FOLLOW_UP_NAMES[event.data.followUp].en} overdue (due ${event.data.due})`,
      );
    case 'RatingAppealed':
      return both(
        `${unit(event.data.departmentId).zh}对评价提出申诉：${event.data.reason}`,
        `${unit(event.data.departmentId).en} appealed the rating: ${event.data.reason}`,
      );
    case 'RatingAppealDecided':
      return both(
        `申诉${event.data.upheld ? '成立，该评价不计入满意率' : '不成立，评价维持'}：${event.data.reason}`,
        `Appeal ${event.data.upheld ? 'upheld: the rating is set aside' : 'rejected: the rating stands'}: ${event.data.reason}`,
      );
    case 'RequestRated':
      return withNote(
        both(
          `企业评价：${RATING_NAMES[event.data.rating].zh}`,
          `Rated: ${RATING_NAMES[event.data.rating].en}`,
        ),
        both('评价意见', 'Comment'),
        event.data.comment,
      );
    case 'ReviewOpened': {
      const name = orderName(context, event.data.orderId);
      return both(`差评启动复核：${name.zh}`, `A poor rating opened a review: ${name.en}`);
    }
    case 'RequestReopened':
      return both(
        `企业申请重新办理（第${event.data.reopenCount}次）：${event.data.reason}`,
        `The enterprise asked for it to be handled again (${event.data.reopenCount}): ${event.data.reason}`,
      );
    case 'RequestClosed':
      return event.data.reason === 'duplicate'
        ? both('作为重复诉求关闭', 'Closed as a duplicate')
        : both('评价期满，诉求关闭', 'Closed after the feedback period');
    case 'MarkedDuplicate': {
      const title = event.data.original?.title ?? context.requestTitle(event.data.originalRequestId);
      return title === null
        ? both('标记为重复诉求', 'Marked as a duplicate')
        : both(`标记为与诉求「${title}」重复`, `Marked as a duplicate of “${title}”`);
    }
    case 'GroupedForJointMeeting':
      return both(
        `提交联席会议「${event.data.meetingTitle}」（${event.data.scheduledOn}）`,
        `Put to the joint meeting “${event.data.meetingTitle}” (${event.data.scheduledOn})`,
      );
    case 'JointMeetingOutcomeRecorded':
      return both(`联席会议结论：${event.data.outcome}`, `Joint meeting outcome: ${event.data.outcome}`);
    case 'DueDatesMarkedProvisional':
      return provisionalWords(event);
    case 'DueDatesRederived':
      return rederivedWords(event);
  }
};

/** The request's history in readable words for one audience. */
export const requestTimeline = (
  history: readonly RecordedEvent[],
  context: TimelineContext,
  audience: TimelineAudience,
): TimelineEntry[] =>
  history
    .map((recorded) => ({
      recorded,
      event: { type: recorded.type, data: recorded.data } as EnterpriseRequestEvent,
    }))
    .filter(({ event }) => audience === 'staff' || !INTERNAL.has(event.type))
    .map(({ recorded, event }) => ({
      at: recorded.metadata.occurredAt,
      type: event.type,
      summary:
        audience === 'staff'
          ? forStaff(event, context)
          : (forEnterprise(event, context) ?? forStaff(event, context)),
      actorRole: recorded.metadata.actorRole,
    }));
