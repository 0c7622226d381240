import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  type DomainErrorKind,
  type LocalizedMessage,
  reject,
} from '@qinqing/shared/domain-kernel';
import { nextTicketFor } from './call-order';
import type { QueueDayEvent, TicketPriority, VisitOutcomeKind } from './queue-day.events';
import {
  chinaHourOf,
  evolveQueueDay,
  initialQueueDayState,
  type QueueDayState,
  queueSecondsBetween,
  type Ticket,
} from './queue-day.state';
import type { QueueRule } from './queue-rules';
import { queueRuleError } from './queue-rules';
import type { QueueCounter, QueueSetupState } from './queue-setup.state';

/** Tickets per service and day: three digits on the ticket (A001–A999). */
export const MAX_TICKETS_PER_SERVICE_DAY = 999;
export const MAX_OUTCOMES_PER_VISIT = 5;
export const TICKET_PRIORITIES: readonly TicketPriority[] = ['ordinary', 'elderly', 'appointment'];
export const VISIT_OUTCOME_KINDS: readonly VisitOutcomeKind[] = [
  'request',
  'objection',
  'repair',
  'registration',
];
/** Ids of what a visit produced, as the other contexts give them (uuids, receipt codes, case numbers). */
export const OUTCOME_REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{3,63}$/u;

export interface TakeTicket {
  readonly type: 'TakeTicket';
  readonly ticketId: string;
  readonly serviceId: string;
  readonly priority: TicketPriority;
  readonly code: string;
  readonly takenBy: string;
}

/** The commands of a counter act on its current ticket: one tap on the counter screen. */
interface CounterCommand<Type extends string> {
  readonly type: Type;
  readonly counterId: string;
  readonly by: string;
}

export type CallNextTicket = CounterCommand<'CallNextTicket'>;
export type RecallTicket = CounterCommand<'RecallTicket'>;
export type StartService = CounterCommand<'StartService'>;
export type FinishVisit = CounterCommand<'FinishVisit'>;
export type MarkNoShow = CounterCommand<'MarkNoShow'>;
export interface TransferTicket extends CounterCommand<'TransferTicket'> {
  readonly toCounterId: string;
}

export interface LinkVisitOutcome {
  readonly type: 'LinkVisitOutcome';
  readonly ticketId: string;
  readonly kind: VisitOutcomeKind;
  readonly refId: string;
  readonly verified: boolean;
  readonly by: string;
}

export interface RateVisit {
  readonly type: 'RateVisit';
  readonly ticketId: string;
  readonly code: string;
  readonly rating: number;
}

export type QueueDayCommand =
  | TakeTicket
  | CallNextTicket
  | RecallTicket
  | StartService
  | FinishVisit
  | MarkNoShow
  | TransferTicket
  | LinkVisitOutcome
  | RateVisit;

export interface QueueDayContext extends DecisionContext {
  readonly centreId: string;
  /** The China-local day of the stream. */
  readonly day: string;
  /** The centre's services and counters as set now. */
  readonly setup: QueueSetupState;
}

export type QueueDayErrorCode =
  | 'unknown-service'
  | 'day-full'
  | 'unknown-counter'
  | 'counter-closed'
  | 'counter-busy'
  | 'nobody-waiting'
  | 'no-current-ticket'
  | 'already-serving'
  | 'same-counter'
  | 'unknown-ticket'
  | 'visit-not-started'
  | 'invalid-outcome-ref'
  | 'outcome-linked-already'
  | 'too-many-outcomes'
  | 'invalid-rating'
  | 'wrong-ticket-code'
  | 'visit-not-finished'
  | 'already-rated';

type QueueDayError = DomainError<QueueDayErrorCode>;

/**
 * The one answer to a rating code that rates nothing here — unknown, not this ticket's, or another centre's
 * ticket at this centre's kiosk: 404 alike, so the answer never proves that a code exists somewhere.
 */
export const wrongTicketCode: QueueDayError = queueRuleError(
  'not-found',
  'wrong-ticket-code',
  'rating-once',
  { zh: '号票评价码不正确', en: 'The ticket’s rating code is not right' },
  { field: 'code' },
);

const problem = (
  kind: DomainErrorKind,
  code: QueueDayErrorCode,
  rule: QueueRule,
  field: string,
  message: LocalizedMessage,
): Decision<never, QueueDayError> => reject(queueRuleError(kind, code, rule, message, { field }));

const counterOf = (
  setup: QueueSetupState,
  counterId: string,
  field = 'counterId',
): QueueCounter | Decision<never, QueueDayError> => {
  const counter = setup.counters.find((c) => c.counterId === counterId);
  if (counter === undefined)
    return problem('not-found', 'unknown-counter', 'queue-setup', field, {
      zh: `本中心没有窗口“${counterId}”`,
      en: `The centre has no counter “${counterId}”`,
    });
  if (!counter.open)
    return problem('conflict', 'counter-closed', 'queue-setup', field, {
      zh: `窗口“${counter.name.zh}”未开放`,
      en: `The counter “${counter.name.en}” is closed`,
    });
  return counter;
};

const isDecision = (value: object): value is Decision<never, QueueDayError> => 'outcome' in value;

/** The ticket a counter is calling or serving now, if any. */
export const currentTicketAt = (state: QueueDayState, counterId: string): Ticket | undefined =>
  state.tickets.find((t) => t.counterId === counterId && (t.status === 'called' || t.status === 'serving'));

const noCurrent = (counter: QueueCounter) =>
  problem('conflict', 'no-current-ticket', 'one-visitor-per-counter', 'counterId', {
    zh: `窗口“${counter.name.zh}”当前没有叫到的号`,
    en: `The counter “${counter.name.en}” has no ticket called now`,
  });

const take = (command: TakeTicket, state: QueueDayState, context: QueueDayContext) => {
  const service = context.setup.services.find((s) => s.serviceId === command.serviceId && s.active);
  if (service === undefined)
    return problem('validation', 'unknown-service', 'queue-setup', 'serviceId', {
      zh: `本中心没有在用的服务“${command.serviceId}”`,
      en: `The centre offers no service “${command.serviceId}”`,
    });
  const sequence = (state.sequences[command.serviceId] ?? 0) + 1;
  if (sequence > MAX_TICKETS_PER_SERVICE_DAY)
    return problem('conflict', 'day-full', 'ticket-numbering', 'serviceId', {
      zh: `“${service.name.zh}”今日号码已发完（${MAX_TICKETS_PER_SERVICE_DAY}个）`,
      en: `All ${MAX_TICKETS_PER_SERVICE_DAY} tickets of “${service.name.en}” are taken today`,
    });
  return accept<QueueDayEvent>({
    type: 'TicketTaken',
    data: {
      ticketId: command.ticketId,
      centreId: context.centreId,
      day: context.day,
      serviceId: command.serviceId,
      number: `${service.prefix}${String(sequence).padStart(3, '0')}`,
      sequence,
      priority: command.priority,
      code: command.code,
      takenAt: context.now.toISOString(),
      takenBy: command.takenBy,
    },
  });
};

const callNext = (command: CallNextTicket, state: QueueDayState, context: QueueDayContext) => {
  const counter = counterOf(context.setup, command.counterId);
  if (isDecision(counter)) return counter;
  const current = currentTicketAt(state, counter.counterId);
  if (current !== undefined)
    return problem('conflict', 'counter-busy', 'one-visitor-per-counter', 'counterId', {
      zh: `窗口“${counter.name.zh}”正在接待 ${current.number}，请先办结、标记未到或转窗口`,
      en: `The counter “${counter.name.en}” has ${current.number}; finish it, mark a no-show or transfer it first`,
    });
  const next = nextTicketFor(state.tickets, counter);
  if (next === null)
    return problem('conflict', 'nobody-waiting', 'call-order', 'counterId', {
      zh: '没有等候的号',
      en: 'Nobody is waiting for this counter',
    });
  const calledAt = context.now.toISOString();
  return accept<QueueDayEvent>({
    type: 'TicketCalled',
    data: {
      ticketId: next.ticket.ticketId,
      counterId: counter.counterId,
      calledAt,
      waitedSeconds: queueSecondsBetween(next.ticket.waitingSince, calledAt),
      passedOver: next.passedOver,
      calledBy: command.by,
    },
  });
};

const ticketOf = (state: QueueDayState, ticketId: string) =>
  state.tickets.find((t) => t.ticketId === ticketId);

const unknownTicket = () =>
  problem('not-found', 'unknown-ticket', 'ticket-numbering', 'ticketId', {
    zh: '今天没有这张号票',
    en: 'There is no such ticket today',
  });

const atCounter = (
  command: RecallTicket | StartService | FinishVisit | MarkNoShow | TransferTicket,
  state: QueueDayState,
  context: QueueDayContext,
): Decision<QueueDayEvent, QueueDayError> => {
  const counter = context.setup.counters.find((c) => c.counterId === command.counterId);
  if (counter === undefined)
    return problem('not-found', 'unknown-counter', 'queue-setup', 'counterId', {
      zh: `本中心没有窗口“${command.counterId}”`,
      en: `The centre has no counter “${command.counterId}”`,
    });
  const ticket = currentTicketAt(state, counter.counterId);
  if (ticket === undefined) return noCurrent(counter);
  const at = context.now.toISOString();
  const base = { ticketId: ticket.ticketId, counterId: counter.counterId };
  switch (command.type) {
    case 'RecallTicket':
      if (ticket.status !== 'called')
        return problem('conflict', 'already-serving', 'one-visitor-per-counter', 'counterId', {
          zh: `${ticket.number} 已在办理，无需重叫`,
          en: `${ticket.number} is being served already`,
        });
      return accept({ type: 'TicketRecalled', data: { ...base, recalledAt: at, calledBy: command.by } });
    case 'StartService':
      if (ticket.status !== 'called')
        return problem('conflict', 'already-serving', 'one-visitor-per-counter', 'counterId', {
          zh: `${ticket.number} 已在办理`,
          en: `${ticket.number} is being served already`,
        });
      return accept({ type: 'TicketServiceStarted', data: { ...base, startedAt: at, by: command.by } });
    case 'FinishVisit':
      return accept({
        type: 'TicketFinished',
        data: {
          ...base,
          serviceId: ticket.serviceId,
          finishedAt: at,
          waitedSeconds: ticket.waitedSeconds ?? 0,
          servedSeconds: queueSecondsBetween(ticket.startedAt ?? ticket.calledAt ?? at, at),
          hour: chinaHourOf(ticket.takenAt),
          by: command.by,
        },
      });
    case 'MarkNoShow':
      if (ticket.status !== 'called')
        return problem('conflict', 'already-serving', 'one-visitor-per-counter', 'counterId', {
          zh: `${ticket.number} 已在办理，不能标记未到`,
          en: `${ticket.number} is being served; it cannot be a no-show`,
        });
      return accept({ type: 'TicketNoShow', data: { ...base, at, by: command.by } });
    case 'TransferTicket': {
      if (command.toCounterId === counter.counterId)
        return problem('validation', 'same-counter', 'one-visitor-per-counter', 'toCounterId', {
          zh: '请选择另一个窗口',
          en: 'Choose another counter',
        });
      const target = counterOf(context.setup, command.toCounterId, 'toCounterId');
      if (isDecision(target)) return target;
      return accept({
        type: 'TicketTransferred',
        data: {
          ticketId: ticket.ticketId,
          fromCounterId: counter.counterId,
          toCounterId: target.counterId,
          at,
          by: command.by,
        },
      });
    }
  }
};

const link = (command: LinkVisitOutcome, state: QueueDayState, context: QueueDayContext) => {
  const ticket = ticketOf(state, command.ticketId);
  if (ticket === undefined) return unknownTicket();
  if (ticket.status !== 'serving' && ticket.status !== 'finished' && ticket.status !== 'called')
    return problem('conflict', 'visit-not-started', 'visit-outcomes', 'ticketId', {
      zh: `${ticket.number} 还未被接待，不能登记办事成果`,
      en: `${ticket.number} has not been served; nothing can be linked to it yet`,
    });
  const refId = command.refId.trim();
  if (!OUTCOME_REF_PATTERN.test(refId))
    return problem('validation', 'invalid-outcome-ref', 'visit-outcomes', 'refId', {
      zh: '编号须为4至64位字母、数字、下划线或连字符',
      en: 'The id is 4–64 letters, digits, underscores or hyphens',
    });
  if (ticket.outcomes.some((o) => o.kind === command.kind && o.refId === refId))
    return problem('conflict', 'outcome-linked-already', 'visit-outcomes', 'refId', {
      zh: '该成果已登记',
      en: 'This outcome is linked already',
    });
  if (ticket.outcomes.length >= MAX_OUTCOMES_PER_VISIT)
    return problem('conflict', 'too-many-outcomes', 'visit-outcomes', 'refId', {
      zh: `一次办事最多登记${MAX_OUTCOMES_PER_VISIT}项成果`,
      en: `A visit links at most ${MAX_OUTCOMES_PER_VISIT} outcomes`,
    });
  return accept<QueueDayEvent>({
    type: 'VisitOutcomeLinked',
    data: {
      ticketId: ticket.ticketId,
      kind: command.kind,
      refId,
      verified: command.verified,
      linkedAt: context.now.toISOString(),
      by: command.by,
    },
  });
};

/** Compared in full whatever the input, so the time taken does not tell how much of a code was right. */
const sameCode = (a: string, b: string): boolean => {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
};

const rate = (command: RateVisit, state: QueueDayState, context: QueueDayContext) => {
  if (!Number.isInteger(command.rating) || command.rating < 1 || command.rating > 5)
    return problem('validation', 'invalid-rating', 'rating-once', 'rating', {
      zh: '评价为1至5星',
      en: 'A rating is one to five stars',
    });
  const ticket = ticketOf(state, command.ticketId);
  if (ticket === undefined || !sameCode(ticket.code, command.code.trim().toUpperCase()))
    return reject(wrongTicketCode);
  if (ticket.status !== 'finished')
    return problem('conflict', 'visit-not-finished', 'rating-once', 'code', {
      zh: `${ticket.number} 还未办结，办结后再评价`,
      en: `${ticket.number} is not finished yet; rate it when it is`,
    });
  if (ticket.rating !== null)
    return problem('conflict', 'already-rated', 'rating-once', 'code', {
      zh: '这次办事已评价过',
      en: 'This visit has been rated already',
    });
  return accept<QueueDayEvent>({
    type: 'TicketRated',
    data: {
      ticketId: ticket.ticketId,
      serviceId: ticket.serviceId,
      rating: command.rating,
      ratedAt: context.now.toISOString(),
    },
  });
};

/**
 * A centre-day's walk-in queue: tickets numbered per service without gaps, called by the call-order rule (one
 * visitor per counter), re-called, served, finished, marked no-show or transferred, linked to what the visit
 * produced, and rated once by the visitor with the ticket's code. Time and the centre's set-up are inputs.
 */
const decideQueueDay = (
  command: QueueDayCommand,
  state: QueueDayState,
  context: QueueDayContext,
): Decision<QueueDayEvent, QueueDayError> => {
  switch (command.type) {
    case 'TakeTicket':
      return take(command, state, context);
    case 'CallNextTicket':
      return callNext(command, state, context);
    case 'RecallTicket':
    case 'StartService':
    case 'FinishVisit':
    case 'MarkNoShow':
    case 'TransferTicket':
      return atCounter(command, state, context);
    case 'LinkVisitOutcome':
      return link(command, state, context);
    case 'RateVisit':
      return rate(command, state, context);
  }
};

export const queueDayDecider: Decider<
  QueueDayCommand,
  QueueDayEvent,
  QueueDayState,
  QueueDayError,
  QueueDayContext
> = {
  initialState: initialQueueDayState,
  evolve: evolveQueueDay,
  decide: decideQueueDay,
};
