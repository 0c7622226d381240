import {
  addDays,
  type CalendarDate,
  fromEpochDay,
  parseCalendarDate,
  toEpochDay,
} from '@qinqing/calendar/domain';
import fc from 'fast-check';
import { CLOCK_KINDS } from '../../values/clock-policy';
import { RATINGS } from '../../values/rating';
import type { RequestActor } from '../../values/request-actor';
import type { EnterpriseRequestCommand } from '../enterprise-request.commands';
import { decide } from '../enterprise-request.decide';
import type { EnterpriseRequestEvent } from '../enterprise-request.events';
import { type EnterpriseRequestState, evolve, initialState, isSubmitted } from '../enterprise-request.state';
import {
  CENTRE,
  DEFAULT_OWNER,
  DEPARTMENT,
  filingEnterprise,
  on,
  OTHER_DEPARTMENT,
  otherEnterprise,
  REQUEST_ID,
  scheduler,
  staff,
  submit,
  supervisor,
} from './enterprise-request.fixtures';

/** Fast-check generators for the request decider's properties. */

export const dateBetween = (from: string, to: string): fc.Arbitrary<CalendarDate> =>
  fc
    .integer({ min: toEpochDay(parseCalendarDate(from)), max: toEpochDay(parseCalendarDate(to)) })
    .map(fromEpochDay);

/** Every unit that can appear in a generated history. */
export const UNITS = [CENTRE, DEPARTMENT, OTHER_DEPARTMENT, 'dept-market-regulation', DEFAULT_OWNER] as const;

/**
 * Which unit acts: mostly the one the rules care about in the current state (owner, pending department,
 * handling department), sometimes any unit, so both permitted and forbidden attempts are generated.
 */
type UnitChoice = 'owner' | 'pending' | 'handling' | (typeof UNITS)[number];

const unitChoice: fc.Arbitrary<UnitChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<UnitChoice>('owner', 'pending', 'handling') },
  { weight: 1, arbitrary: fc.constantFrom<UnitChoice>(...UNITS) },
);

const unitFor = (choice: UnitChoice, state: EnterpriseRequestState): string => {
  if (state.status === 'none') return CENTRE;
  switch (choice) {
    case 'owner':
      return state.ownerUnitId;
    case 'pending':
      return state.handOff?.toDepartmentId ?? state.ownerUnitId;
    case 'handling':
      return state.departmentId ?? state.ownerUnitId;
    default:
      return choice;
  }
};

type EnterpriseActor = Extract<RequestActor, { kind: 'enterprise' }>;

/** A command chosen knowing the state it will be decided in (who owns it, who it was handed to). */
export type CommandIntent = (state: EnterpriseRequestState) => EnterpriseRequestCommand;

/** Names an intent, so a counterexample reads as a script rather than as function source. */
const labelled = (label: string, intent: CommandIntent): CommandIntent =>
  Object.assign(intent, { [fc.toStringMethod]: () => label });

const anyActor: fc.Arbitrary<{
  readonly label: string;
  readonly actor: (state: EnterpriseRequestState) => RequestActor;
}> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ label: 'filing enterprise', actor: () => filingEnterprise }) },
  { weight: 1, arbitrary: fc.constant({ label: 'other enterprise', actor: () => otherEnterprise }) },
  {
    weight: 1,
    arbitrary: unitChoice.map((choice) => ({
      label: `staff of ${choice}`,
      actor: (state: EnterpriseRequestState) => staff(unitFor(choice, state)),
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<RequestActor>(supervisor, scheduler)
      .map((actor) => ({ label: actor.kind, actor: () => actor })),
  },
);

const clock = fc.constantFrom(...CLOCK_KINDS);

/** The ids of orders a history can raise: missed deadlines (first few) and the review of a poor rating. */
const orderId = fc.oneof(
  fc.constant(`${REQUEST_ID}-review`),
  fc.tuple(clock, fc.integer({ min: 1, max: 2 })).map(([kind, n]) => `${REQUEST_ID}-${kind}-${n}`),
);

const byUnit = (
  make: (by: ReturnType<typeof staff>, state: EnterpriseRequestState) => EnterpriseRequestCommand,
): fc.Arbitrary<CommandIntent> =>
  unitChoice.map((choice) =>
    labelled(`${make(staff(CENTRE), initialState()).type} by ${choice}`, (state) =>
      make(staff(unitFor(choice, state)), state),
    ),
  );

const constant = (
  command: EnterpriseRequestCommand,
  label: string = command.type,
): fc.Arbitrary<CommandIntent> => fc.constant(labelled(label, () => command));

/**
 * Any command of the request's life, by plausible and implausible actors: many are refused in the state they
 * meet, which is the point. Enterprise-only commands also go to staff, supervisors and the scheduler (cast), to
 * probe who may do what.
 */
export const anyCommand: fc.Arbitrary<CommandIntent> = fc.oneof(
  // Weighted towards the commands that move a request along, so histories reach answers and feedback.
  {
    weight: 3,
    arbitrary: fc.record({ to: unitChoice, from: unitChoice }).map(({ to, from }) => {
      const toDepartmentId = to === 'owner' || to === 'pending' || to === 'handling' ? DEPARTMENT : to;
      return labelled(`HandOffRequest to ${toDepartmentId} by ${from}`, (state) => ({
        type: 'HandOffRequest',
        toDepartmentId,
        note: '转交',
        by: staff(unitFor(from, state)),
      }));
    }),
  },
  { weight: 3, arbitrary: byUnit((by) => ({ type: 'AcceptRequest', by })) },
  { weight: 2, arbitrary: byUnit((by) => ({ type: 'SendBackRequest', reason: '非本部门职责', by })) },
  { weight: 1, arbitrary: constant({ type: 'FallToDefaultOwner', by: scheduler }) },
  { weight: 1, arbitrary: byUnit((by) => ({ type: 'ReplyToEnterprise', message: '已收到', by })) },
  {
    weight: 1,
    arbitrary: byUnit((by) => ({
      type: 'PauseClock',
      cause: 'enterprise-documents',
      reason: '等待补充材料',
      by,
    })),
  },
  { weight: 1, arbitrary: byUnit((by) => ({ type: 'ResumeClock', by })) },
  { weight: 2, arbitrary: byUnit((by) => ({ type: 'ResolveRequest', answer: '已办结', by })) },
  {
    weight: 1,
    arbitrary: byUnit((by) => ({
      type: 'EscalateRequest',
      upperLevelUnit: '市局',
      upperLevelReference: '文号1',
      note: '需市级统筹',
      by,
    })),
  },
  {
    weight: 1,
    arbitrary: byUnit((by) => ({ type: 'InformCannotHandle', reason: '不符合条件', basis: '政策', by })),
  },
  { weight: 1, arbitrary: constant({ type: 'ApproveExtension', reason: '情况复杂', by: supervisor }) },
  {
    weight: 1,
    arbitrary: clock.chain((kind) =>
      constant(
        { type: 'RecordDeadlineReminder', clock: kind, by: scheduler },
        `RecordDeadlineReminder(${kind})`,
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: clock.chain((kind) =>
      constant({ type: 'RecordMissedDeadline', clock: kind, by: scheduler }, `RecordMissedDeadline(${kind})`),
    ),
  },
  {
    weight: 1,
    arbitrary: orderId.chain((id) =>
      constant(
        { type: 'OrderRehandling', orderId: id, instruction: '重新办理', by: supervisor },
        `OrderRehandling(${id})`,
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: orderId.chain((id) =>
      constant(
        {
          type: 'CloseSupervisionOrder',
          outcome: 'rectified',
          orderId: id,
          conclusion: '已整改',
          by: supervisor,
        },
        `CloseSupervisionOrder(${id})`,
      ),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record({ rating: fc.constantFrom(...RATINGS), who: anyActor }).map(({ rating, who }) =>
      labelled(`RateRequest(${rating}) by ${who.label}`, (state) => ({
        type: 'RateRequest',
        rating,
        comment: '',
        proof: 'kiosk-receipt',
        by: who.actor(state) as EnterpriseActor,
      })),
    ),
  },
  {
    weight: 2,
    arbitrary: anyActor.map((who) =>
      labelled(`ReopenRequest by ${who.label}`, (state) => ({
        type: 'ReopenRequest',
        reason: '问题未解决',
        proof: 'kiosk-receipt',
        by: who.actor(state) as EnterpriseActor,
      })),
    ),
  },
  { weight: 1, arbitrary: constant({ type: 'CloseAfterFeedbackWindow', by: scheduler }) },
  // What a supervisor does with an answer and a rating afterwards: 核减, 回访, and a department's 申诉.
  {
    weight: 1,
    arbitrary: constant({ type: 'ApproveRateExclusion', reason: '告知有据', by: supervisor }),
  },
  {
    weight: 1,
    arbitrary: fc.option(fc.constantFrom(...RATINGS)).map((answer) =>
      labelled(`RecordCallback(${answer})`, () => ({
        type: 'RecordCallback',
        answer,
        note: '电话回访',
        by: supervisor,
      })),
    ),
  },
  { weight: 1, arbitrary: byUnit((by) => ({ type: 'AppealRating', reason: '评价有误', by })) },
  {
    weight: 1,
    arbitrary: fc
      .boolean()
      .chain((upheld) =>
        constant(
          { type: 'DecideRatingAppeal', upheld, reason: '经核实', by: supervisor },
          `DecideRatingAppeal(${upheld})`,
        ),
      ),
  },
  {
    weight: 1,
    arbitrary: byUnit((by, state) => ({
      type: 'MarkDuplicate',
      originalRequestId: 'req-0',
      original: {
        requestId: 'req-0',
        title: '同一事项的先前诉求',
        submittedOn: isSubmitted(state) ? state.submittedOn : parseCalendarDate('2025-09-30'),
        creditCode: isSubmitted(state) ? state.enterprise.creditCode : '',
        closed: false,
        duplicateOf: null,
      },
      by,
    })),
  },
);

/** A step: how many calendar days pass before it, and the command. */
export interface GeneratedStep {
  readonly daysLater: number;
  readonly intent: CommandIntent;
}

export const historyScript = fc.record({
  // Early enough that every date and due date of a script stays in the loaded 2025–2026 calendars.
  submittedOn: dateBetween('2025-01-02', '2025-12-31'),
  steps: fc.array(
    fc.record({ daysLater: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8 })), intent: anyCommand }),
    { minLength: 3, maxLength: 40, size: 'max' },
  ),
});

export interface PlayedStep {
  readonly command: EnterpriseRequestCommand;
  readonly today: CalendarDate;
  readonly events: readonly EnterpriseRequestEvent[];
  readonly state: EnterpriseRequestState;
}

/** Runs a generated script from submission on, folding accepted events and skipping refused commands. */
export const runScript = (script: {
  readonly submittedOn: CalendarDate;
  readonly steps: readonly GeneratedStep[];
}): PlayedStep[] => {
  let state: EnterpriseRequestState = initialState();
  let today = script.submittedOn;
  const played: PlayedStep[] = [];
  const steps: GeneratedStep[] = [{ daysLater: 0, intent: () => submit() }, ...script.steps];
  for (const { daysLater, intent } of steps) {
    today = addDays(today, daysLater);
    const command = intent(state);
    const decision = decide(command, state, on(today));
    const events = decision.outcome === 'accepted' ? decision.events : [];
    state = events.reduce(evolve, state);
    played.push({ command, today, events, state });
  }
  return played;
};
