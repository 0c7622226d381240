import { ENTERPRISE_SIZES, type EnterpriseSize } from '../enterprise-size';
import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import {
  accept,
  type Decider,
  type Decision,
  type DecisionContext,
  type DomainError,
  type LocalizedMessage,
  reject,
} from '@qinqing/shared/domain-kernel';
import type { CentreEventDetails, CentreEventEvent } from './centre-event.events';
import { type CentreEventRule, centreEventRuleError } from './centre-event.rules';
import {
  type CentreEventRegistration,
  type CentreEventState,
  evolveCentreEvent,
  initialCentreEventState,
  registeredCount,
  waitingList,
} from './centre-event.state';
import {
  type AudienceFacts,
  CENTRE_EVENT_KINDS,
  CENTRE_EVENT_LIMITS,
  type CentreEventAudience,
  type CentreEventKind,
  inAudience,
  normaliseCheckInCode,
} from './centre-event.values';

/** The details as the organiser typed them: the decider checks every value and names the field. */
export interface CentreEventDetailsInput {
  readonly kind: string;
  readonly title: string;
  readonly description?: string | null;
  readonly place: string;
  readonly areaCode: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly capacity: number | string;
  readonly audience?: {
    readonly industries?: readonly string[];
    readonly areaCodes?: readonly string[];
    readonly sizes?: readonly string[];
  } | null;
}

export interface ScheduleCentreEvent {
  readonly type: 'ScheduleCentreEvent';
  readonly eventId: string;
  readonly details: CentreEventDetailsInput;
  readonly by: string;
}

export interface ChangeCentreEventDetails {
  readonly type: 'ChangeCentreEventDetails';
  readonly details: CentreEventDetailsInput;
  readonly by: string;
}

export interface RegisterForCentreEvent {
  readonly type: 'RegisterForCentreEvent';
  readonly creditCode: string;
  readonly channel: 'kiosk' | 'console';
  /** Drawn by the service from a CSPRNG (CHECK_IN_CODE_ALPHABET, CHECK_IN_CODE_LENGTH). */
  readonly checkInCode: string;
}

export interface WithdrawCentreEventRegistration {
  readonly type: 'WithdrawCentreEventRegistration';
  readonly creditCode: string;
}

/** Check-in by the code (staff at the console, scanned or typed) or by the identified enterprise at the kiosk. */
export interface CheckInToCentreEvent {
  readonly type: 'CheckInToCentreEvent';
  readonly by: { readonly code: string } | { readonly creditCode: string };
  readonly channel: 'kiosk' | 'console';
}

export interface GiveCentreEventFeedback {
  readonly type: 'GiveCentreEventFeedback';
  readonly creditCode: string;
  readonly rating: number | string;
  readonly comment?: string | null;
}

export interface CancelCentreEvent {
  readonly type: 'CancelCentreEvent';
  readonly reason: string;
  readonly by: string;
}

export interface CloseCentreEvent {
  readonly type: 'CloseCentreEvent';
  readonly by: string;
}

export type CentreEventCommand =
  | ScheduleCentreEvent
  | ChangeCentreEventDetails
  | RegisterForCentreEvent
  | WithdrawCentreEventRegistration
  | CheckInToCentreEvent
  | GiveCentreEventFeedback
  | CancelCentreEvent
  | CloseCentreEvent;

export interface CentreEventContext extends DecisionContext {
  /**
   * What the directory knows of the enterprise a registration names: null when it is not in the directory
   * (then only an event open to everyone takes it). Other commands ignore it.
   */
  readonly enterprise?: AudienceFacts | null;
}

export type CentreEventErrorCode =
  | 'invalid-event-details'
  | 'invalid-credit-code'
  | 'invalid-rating'
  | 'invalid-text'
  | 'already-scheduled'
  | 'no-such-event'
  | 'event-cancelled'
  | 'event-closed'
  | 'event-started'
  | 'event-not-over'
  | 'capacity-below-registered'
  | 'already-registered'
  | 'not-in-audience'
  | 'event-full'
  | 'registrations-exhausted'
  | 'not-registered'
  | 'unknown-check-in-code'
  | 'still-waiting'
  | 'already-checked-in'
  | 'check-in-not-open'
  | 'check-in-closed'
  | 'not-attended'
  | 'feedback-given'
  | 'duplicate-check-in-code';

export type CentreEventError = DomainError<CentreEventErrorCode>;

const problem = (
  code: CentreEventErrorCode,
  rule: CentreEventRule,
  field: string,
  message: LocalizedMessage,
  kind: DomainError['kind'] = 'validation',
): CentreEventError => centreEventRuleError(kind, code, rule, message, { field });

const isError = (value: object): value is CentreEventError => 'code' in value && 'kind' in value;

const invalid = (field: string, zh: string, en: string) =>
  problem('invalid-event-details', 'event-programme', field, { zh, en });

const textOf = (
  field: string,
  value: string | null | undefined,
  max: number,
  name: LocalizedMessage,
  required = true,
) => {
  const text = (value ?? '').trim();
  if ((text.length > 0 || !required) && [...text].length <= max) return { value: text };
  return problem('invalid-text', 'event-programme', field, {
    zh: `${name.zh}${required ? '不能为空，且' : ''}不超过${max}个字`,
    en: `The ${name.en} ${required ? 'must not be blank and ' : ''}must be at most ${max} characters long`,
  });
};

const AREA = /^\d{6}(\d{3})?$/u;
const AREA_PREFIX = /^\d{2,9}$/u;
const INDUSTRY_PREFIX = /^[A-T](\d{1,4})?$/u;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/u;

const instantOf = (field: 'startsAt' | 'endsAt', raw: string) => {
  const text = raw.trim();
  const ms = INSTANT.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isFinite(ms)) return { value: new Date(ms).toISOString() };
  const name = field === 'startsAt' ? '开始时间' : '结束时间';
  return invalid(
    field,
    `${name}须为带时区的日期时间（如 2026-12-20T14:00+08:00）`,
    `${field} must be a date and time with its offset (e.g. 2026-12-20T14:00+08:00)`,
  );
};

const audienceOf = (raw: CentreEventDetailsInput['audience']): CentreEventAudience | CentreEventError => {
  const max = CENTRE_EVENT_LIMITS.audienceEntries;
  const industries = [...new Set((raw?.industries ?? []).map((i) => i.trim().toUpperCase()))];
  const areaCodes = [...new Set((raw?.areaCodes ?? []).map((a) => a.trim()))];
  const sizes = [...new Set((raw?.sizes ?? []).map((s) => s.trim()))];
  for (const [field, list] of [
    ['audience.industries', industries],
    ['audience.areaCodes', areaCodes],
    ['audience.sizes', sizes],
  ] as const)
    if (list.length > max)
      return problem('invalid-event-details', 'audience', field, {
        zh: `受众条件每项最多${max}个`,
        en: `At most ${max} entries per audience list`,
      });
  const badIndustry = industries.findIndex((i) => !INDUSTRY_PREFIX.test(i));
  if (badIndustry >= 0)
    return problem('invalid-event-details', 'audience', `audience.industries.${badIndustry}`, {
      zh: `行业须为国民经济行业分类（GB/T 4754）门类字母或代码前缀，如 C 或 C34，收到“${industries[badIndustry]}”`,
      en: `An industry is a GB/T 4754 section letter or code prefix such as C or C34; got “${industries[badIndustry]}”`,
    });
  const badArea = areaCodes.findIndex((a) => !AREA_PREFIX.test(a));
  if (badArea >= 0)
    return problem('invalid-event-details', 'audience', `audience.areaCodes.${badArea}`, {
      zh: `区域须为行政区划代码（GB/T 2260）或其前缀，收到“${areaCodes[badArea]}”`,
      en: `An area is a GB/T 2260 code or its prefix; got “${areaCodes[badArea]}”`,
    });
  const badSize = sizes.findIndex((s) => !(ENTERPRISE_SIZES as readonly string[]).includes(s));
  if (badSize >= 0)
    return problem('invalid-event-details', 'audience', `audience.sizes.${badSize}`, {
      zh: `规模须为 ${ENTERPRISE_SIZES.join('、')} 之一`,
      en: `A size is one of ${ENTERPRISE_SIZES.join(', ')}`,
    });
  return { industries, areaCodes, sizes: sizes as EnterpriseSize[] };
};

/** Checks the details; `registered` is the number holding a place now (capacity cannot go below it). */
const detailsOf = (
  input: CentreEventDetailsInput,
  now: Date,
  registered: number,
): CentreEventDetails | CentreEventError => {
  if (!(CENTRE_EVENT_KINDS as readonly string[]).includes(input.kind))
    return invalid(
      'kind',
      `活动类型须为 ${CENTRE_EVENT_KINDS.join('、')} 之一`,
      `The kind is one of ${CENTRE_EVENT_KINDS.join(', ')}`,
    );
  const title = textOf('title', input.title, CENTRE_EVENT_LIMITS.title, { zh: '活动名称', en: 'title' });
  if (isError(title)) return title;
  const description = textOf(
    'description',
    input.description,
    CENTRE_EVENT_LIMITS.description,
    { zh: '活动介绍', en: 'description' },
    false,
  );
  if (isError(description)) return description;
  const place = textOf('place', input.place, CENTRE_EVENT_LIMITS.place, { zh: '活动地点', en: 'place' });
  if (isError(place)) return place;
  const areaCode = input.areaCode.trim();
  if (!AREA.test(areaCode))
    return invalid(
      'areaCode',
      '所在区域须为6位或9位行政区划代码（GB/T 2260）',
      'The area is a 6- or 9-digit GB/T 2260 code',
    );
  const startsAt = instantOf('startsAt', input.startsAt);
  if (isError(startsAt)) return startsAt;
  const endsAt = instantOf('endsAt', input.endsAt);
  if (isError(endsAt)) return endsAt;
  if (startsAt.value <= now.toISOString())
    return invalid('startsAt', '开始时间须晚于现在', 'The start must be in the future');
  const hours = (Date.parse(endsAt.value) - Date.parse(startsAt.value)) / 3_600_000;
  if (hours <= 0 || hours > CENTRE_EVENT_LIMITS.durationHours)
    return invalid(
      'endsAt',
      `结束时间须晚于开始时间，活动最长${CENTRE_EVENT_LIMITS.durationHours}小时`,
      `The end must be after the start, at most ${CENTRE_EVENT_LIMITS.durationHours} hours later`,
    );
  const text = String(input.capacity).trim();
  const capacity = /^\d{1,4}$/u.test(text) ? Number(text) : Number.NaN;
  const { min, max } = CENTRE_EVENT_LIMITS.capacity;
  if (!(capacity >= min && capacity <= max))
    return problem('invalid-event-details', 'capacity', 'capacity', {
      zh: `名额须为${min}至${max}的整数，收到“${text}”`,
      en: `The capacity is a whole number from ${min} to ${max}; got “${text}”`,
    });
  if (capacity < registered)
    return problem('capacity-below-registered', 'capacity', 'capacity', {
      zh: `已有${registered}家企业报名，名额不能少于${registered}`,
      en: `${registered} enterprises hold places; the capacity cannot go below ${registered}`,
    });
  const audience = audienceOf(input.audience);
  if (isError(audience)) return audience;
  return {
    kind: input.kind as CentreEventKind,
    title: title.value,
    description: description.value,
    place: place.value,
    areaCode,
    startsAt: startsAt.value,
    endsAt: endsAt.value,
    capacity,
    audience,
  };
};

const codeOf = (raw: string): { value: string } | CentreEventError => {
  const code = validateUnifiedSocialCreditCode(raw);
  if (!code.ok)
    return centreEventRuleError('validation', 'invalid-credit-code', 'event-programme', code.message, {
      field: 'creditCode',
    });
  return { value: normaliseCreditCode(raw) };
};

type Live = Exclude<CentreEventState, { status: 'absent' }>;

/** Refusals against the event as it stands (cancelled, closed, started): 409. */
const conflict = (code: CentreEventErrorCode, rule: CentreEventRule, field: string, zh: string, en: string) =>
  reject(problem(code, rule, field, { zh, en }, 'conflict'));

const notOpen = (state: Live, field: string): Decision<never, CentreEventError> | null => {
  if (state.status === 'cancelled')
    return conflict('event-cancelled', 'cancellation', field, '该活动已取消', 'The event was cancelled');
  if (state.status === 'closed')
    return conflict('event-closed', 'event-programme', field, '该活动已结束', 'The event is over and closed');
  return null;
};

const beforeStart = (state: Live, now: Date, field: string): Decision<never, CentreEventError> | null =>
  now.toISOString() >= state.details.startsAt
    ? conflict(
        'event-started',
        'registration-window',
        field,
        '活动已开始，报名和取消报名已截止',
        'The event has started: registration and withdrawal are closed',
      )
    : null;

/** The places a changed capacity or a withdrawal frees, taken by the waiting list in order. */
const promotions = (
  registrations: readonly CentreEventRegistration[],
  capacity: number,
  eventId: string,
  at: string,
): CentreEventEvent[] =>
  waitingList(registrations)
    .slice(0, Math.max(0, capacity - registeredCount(registrations)))
    .map((r) => ({
      type: 'CentreEventWaitingListPromoted',
      data: { eventId, creditCode: r.creditCode, promotedAt: at },
    }));

const register = (
  command: RegisterForCentreEvent,
  state: Live,
  context: CentreEventContext,
): Decision<CentreEventEvent, CentreEventError> => {
  const closed = notOpen(state, 'eventId') ?? beforeStart(state, context.now, 'eventId');
  if (closed !== null) return closed;
  const code = codeOf(command.creditCode);
  if (isError(code)) return reject(code);
  const earlier = state.registrations.find((r) => r.creditCode === code.value);
  if (earlier !== undefined)
    return conflict(
      'already-registered',
      'capacity',
      'creditCode',
      earlier.status === 'withdrawn'
        ? '该企业已报名后取消，不能再次报名'
        : `该企业已报名${earlier.status === 'waiting' ? '（候补）' : ''}`,
      earlier.status === 'withdrawn'
        ? 'The enterprise registered and withdrew; it cannot register again'
        : `The enterprise is registered already${earlier.status === 'waiting' ? ' (waiting list)' : ''}`,
    );
  const facts = context.enterprise ?? null;
  const { audience, capacity } = state.details;
  if (!inAudience(audience, facts))
    return reject(
      problem(
        'not-in-audience',
        'audience',
        'creditCode',
        facts === null
          ? {
              zh: '该活动面向特定行业、区域或规模的企业，企业名录中尚无该企业的信息，无法核对',
              en: 'The event is for a given industry, area or size, and the directory does not know this enterprise',
            }
          : {
              zh: `该活动不面向${facts.name}所在的行业、区域或规模`,
              en: `The event is not for ${facts.name}'s industry, area or size`,
            },
        'forbidden',
      ),
    );
  if (
    state.registrations.length >=
    capacity * CENTRE_EVENT_LIMITS.churnFactor + CENTRE_EVENT_LIMITS.waitingList
  )
    return conflict(
      'registrations-exhausted',
      'capacity',
      'eventId',
      '该活动报名变动过多，请联系服务专员',
      'Too many registrations and withdrawals on this event; ask the centre staff',
    );
  const checkInCode = normaliseCheckInCode(command.checkInCode);
  if (state.registrations.some((r) => r.checkInCode === checkInCode))
    return conflict(
      'duplicate-check-in-code',
      'check-in',
      'checkInCode',
      '签到码重复',
      'The check-in code is taken',
    );
  const hasPlace = registeredCount(state.registrations) < capacity;
  if (!hasPlace && waitingList(state.registrations).length >= CENTRE_EVENT_LIMITS.waitingList)
    return conflict(
      'event-full',
      'capacity',
      'eventId',
      `名额和候补名单（${CENTRE_EVENT_LIMITS.waitingList}个）均已满`,
      `The places and the waiting list (${CENTRE_EVENT_LIMITS.waitingList}) are full`,
    );
  return accept({
    type: 'CentreEventRegistrationTaken',
    data: {
      eventId: state.eventId,
      creditCode: code.value,
      enterpriseName: facts?.name ?? code.value,
      seq: state.registrations.length + 1,
      status: hasPlace ? 'registered' : 'waiting',
      checkInCode,
      channel: command.channel,
      registeredAt: context.now.toISOString(),
    },
  });
};

const activeRegistration = (state: Live, raw: string) => {
  const code = codeOf(raw);
  if (isError(code)) return code;
  const registration = state.registrations.find(
    (r) => r.creditCode === code.value && r.status !== 'withdrawn',
  );
  if (registration !== undefined) return registration;
  return problem(
    'not-registered',
    'capacity',
    'creditCode',
    { zh: '该企业未报名此活动', en: 'The enterprise is not registered for this event' },
    'not-found',
  );
};

const checkIn = (
  command: CheckInToCentreEvent,
  state: Live,
  now: Date,
): Decision<CentreEventEvent, CentreEventError> => {
  const closed = notOpen(state, 'eventId');
  if (closed !== null) return closed;
  let registration: CentreEventRegistration | undefined;
  if ('code' in command.by) {
    const code = normaliseCheckInCode(command.by.code);
    registration = state.registrations.find((r) => r.checkInCode === code && r.status !== 'withdrawn');
    if (registration === undefined)
      return reject(
        problem(
          'unknown-check-in-code',
          'check-in',
          'code',
          { zh: '签到码无效或不属于该活动', en: 'No registration of this event has this check-in code' },
          'not-found',
        ),
      );
  } else {
    const found = activeRegistration(state, command.by.creditCode);
    if (isError(found)) return reject(found);
    registration = found;
  }
  if (registration.status === 'waiting')
    return conflict(
      'still-waiting',
      'capacity',
      'code',
      '该企业仍在候补名单中，没有名额',
      'The enterprise is still on the waiting list and has no place',
    );
  if (registration.checkedIn)
    return conflict(
      'already-checked-in',
      'check-in',
      'code',
      '该签到码已使用',
      'This check-in code was used already',
    );
  const opens = Date.parse(state.details.startsAt) - CENTRE_EVENT_LIMITS.checkInOpensMinutes * 60_000;
  if (now.getTime() < opens)
    return conflict(
      'check-in-not-open',
      'check-in',
      'code',
      `签到在活动开始前${CENTRE_EVENT_LIMITS.checkInOpensMinutes / 60}小时开放`,
      `Check-in opens ${CENTRE_EVENT_LIMITS.checkInOpensMinutes / 60} hours before the start`,
    );
  if (now.toISOString() > state.details.endsAt)
    return conflict(
      'check-in-closed',
      'check-in',
      'code',
      '活动已结束，签到已截止',
      'The event is over; check-in is closed',
    );
  return accept({
    type: 'CentreEventCheckedIn',
    data: {
      eventId: state.eventId,
      creditCode: registration.creditCode,
      channel: command.channel,
      checkedInAt: now.toISOString(),
    },
  });
};

const feedback = (
  command: GiveCentreEventFeedback,
  state: Live,
  now: Date,
): Decision<CentreEventEvent, CentreEventError> => {
  const closed = notOpen(state, 'eventId');
  if (closed !== null) return closed;
  const registration = activeRegistration(state, command.creditCode);
  if (isError(registration)) return reject(registration);
  if (!registration.checkedIn)
    return conflict(
      'not-attended',
      'feedback',
      'creditCode',
      '签到参加活动后才能评价',
      'Only an enterprise that checked in may rate the event',
    );
  if (registration.rating !== null)
    return conflict(
      'feedback-given',
      'feedback',
      'rating',
      '已评价过该活动',
      'The enterprise rated this event already',
    );
  const text = String(command.rating).trim();
  const rating = /^[1-5]$/u.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(rating))
    return reject(
      problem('invalid-rating', 'feedback', 'rating', {
        zh: `评分须为1至5的整数，收到“${text}”`,
        en: `The rating is a whole number from 1 to 5; got “${text}”`,
      }),
    );
  const comment = textOf(
    'comment',
    command.comment,
    CENTRE_EVENT_LIMITS.comment,
    { zh: '意见', en: 'comment' },
    false,
  );
  if (isError(comment)) return reject(comment);
  return accept({
    type: 'CentreEventFeedbackGiven',
    data: {
      eventId: state.eventId,
      creditCode: registration.creditCode,
      rating,
      comment: comment.value,
      givenAt: now.toISOString(),
    },
  });
};

/**
 * The rules of a centre's event (活动): the organiser schedules, changes, cancels (with a reason, every
 * registered enterprise told) and closes it; enterprises register within the capacity or on a bounded waiting
 * list promoted first come first served, each once, before the start; a code checks a place in once; an
 * attending enterprise rates the event once. Time and the enterprise's directory facts arrive as input.
 */
const decideCentreEvent = (
  command: CentreEventCommand,
  state: CentreEventState,
  context: CentreEventContext,
): Decision<CentreEventEvent, CentreEventError> => {
  const now = context.now;
  const at = now.toISOString();
  if (command.type === 'ScheduleCentreEvent') {
    if (state.status !== 'absent')
      return conflict(
        'already-scheduled',
        'event-programme',
        'eventId',
        '该活动已存在',
        'The event exists already',
      );
    const details = detailsOf(command.details, now, 0);
    if (isError(details)) return reject(details);
    return accept({
      type: 'CentreEventScheduled',
      data: { eventId: command.eventId, ...details, scheduledBy: command.by, scheduledAt: at },
    });
  }
  if (state.status === 'absent')
    return reject(
      problem(
        'no-such-event',
        'event-programme',
        'eventId',
        { zh: '该活动不存在', en: 'There is no such event' },
        'not-found',
      ),
    );
  switch (command.type) {
    case 'ChangeCentreEventDetails': {
      const closed = notOpen(state, 'eventId') ?? beforeStart(state, now, 'eventId');
      if (closed !== null) return closed;
      const details = detailsOf(command.details, now, registeredCount(state.registrations));
      if (isError(details)) return reject(details);
      return accept(
        {
          type: 'CentreEventDetailsChanged',
          data: { eventId: state.eventId, ...details, changedBy: command.by, changedAt: at },
        },
        ...promotions(state.registrations, details.capacity, state.eventId, at),
      );
    }
    case 'RegisterForCentreEvent':
      return register(command, state, context);
    case 'WithdrawCentreEventRegistration': {
      const closed = notOpen(state, 'eventId') ?? beforeStart(state, now, 'eventId');
      if (closed !== null) return closed;
      const registration = activeRegistration(state, command.creditCode);
      if (isError(registration)) return reject(registration);
      const withdrawn: CentreEventEvent = {
        type: 'CentreEventRegistrationWithdrawn',
        data: { eventId: state.eventId, creditCode: registration.creditCode, withdrawnAt: at },
      };
      const after = evolveCentreEvent(state, withdrawn);
      const rest = after.status === 'absent' ? [] : after.registrations;
      return accept(withdrawn, ...promotions(rest, state.details.capacity, state.eventId, at));
    }
    case 'CheckInToCentreEvent':
      return checkIn(command, state, now);
    case 'GiveCentreEventFeedback':
      return feedback(command, state, now);
    case 'CancelCentreEvent': {
      const closed = notOpen(state, 'eventId');
      if (closed !== null) return closed;
      if (at > state.details.endsAt)
        return conflict(
          'event-not-over',
          'cancellation',
          'eventId',
          '活动已举行，不能取消（请结束活动）',
          'The event was held; it cannot be cancelled (close it instead)',
        );
      const reason = textOf('reason', command.reason, CENTRE_EVENT_LIMITS.reason, {
        zh: '取消理由',
        en: 'reason',
      });
      if (isError(reason)) return reject(reason);
      return accept({
        type: 'CentreEventCancelled',
        data: {
          eventId: state.eventId,
          kind: state.details.kind,
          title: state.details.title,
          place: state.details.place,
          startsAt: state.details.startsAt,
          reason: reason.value,
          notices: state.registrations
            .filter((r) => r.status !== 'withdrawn')
            .map((r) => ({
              creditCode: r.creditCode,
              enterpriseName: r.enterpriseName,
              wasWaiting: r.status === 'waiting',
            })),
          cancelledBy: command.by,
          cancelledAt: at,
        },
      });
    }
    case 'CloseCentreEvent': {
      const closed = notOpen(state, 'eventId');
      if (closed !== null) return closed;
      if (at < state.details.endsAt)
        return conflict(
          'event-not-over',
          'event-programme',
          'eventId',
          '活动结束后才能结束并汇总',
          'An event is closed once it is over',
        );
      const holding = state.registrations.filter((r) => r.status === 'registered');
      const ratings = holding.flatMap((r) => (r.rating === null ? [] : [r.rating]));
      return accept({
        type: 'CentreEventClosed',
        data: {
          eventId: state.eventId,
          kind: state.details.kind,
          areaCode: state.details.areaCode,
          startsAt: state.details.startsAt,
          capacity: state.details.capacity,
          registered: holding.length,
          attended: holding.filter((r) => r.checkedIn).length,
          feedbackCount: ratings.length,
          meanRating:
            ratings.length === 0
              ? null
              : Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100,
          closedBy: command.by,
          closedAt: at,
        },
      });
    }
  }
};

export const centreEventDecider: Decider<
  CentreEventCommand,
  CentreEventEvent,
  CentreEventState,
  CentreEventError,
  CentreEventContext
> = {
  initialState: initialCentreEventState,
  evolve: evolveCentreEvent,
  decide: decideCentreEvent,
};
