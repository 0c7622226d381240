import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import {
  addMonths,
  chinaDateOf,
  isCalendarDate,
  parseCalendarDate,
  type WorkingDayCalendar,
} from '@qinqing/calendar/domain';
import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import {
  organisationFormFor,
  parseMemberCount,
  type OrganisationForm,
} from '../organisation-form/organisation-form';
import { type PartyBuildingRule, partyBuildingRuleError } from '../party-building-rules';
import type { OrganisationEvent, OrganisationFacts } from './organisation.events';
import {
  evolveOrganisation,
  initialOrganisationState,
  type OpenAlert,
  type OrganisationState,
  reminderKey,
} from './organisation.state';
import {
  isOrganisationType,
  ORGANISATION_FIELD_NAMES,
  ORGANISATION_RANK,
  ORGANISATION_TEXT_LIMITS,
  ORGANISATION_TYPE_NAMES,
  ORGANISATION_TYPES,
  type OrganisationTextField,
  type OrganisationType,
  OWN_ORGANISATION_TYPES,
  TERM_YEARS_RANGE,
  type TermYearsSetting,
  termYearsOf,
} from './organisation.values';

/** The organisation as a form or an import gives it: checked and normalised by `decide`. */
export interface OrganisationInput {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly fullMembers: number | string;
  readonly probationaryMembers: number | string;
  readonly type: string;
  readonly foundedOn: string | null;
  readonly superiorOrganisation: string | null;
  readonly secretary: string | null;
  readonly instructor: string | null;
  readonly termStartedOn: string | null;
  /** An explicit term length in years (3–5) for this organisation; absent or null: the deployment's default. */
  readonly termYears?: number | string | null;
  readonly union: boolean;
  readonly youthLeague: boolean;
}

/** Record an enterprise's party organisation as it now is (first or again): the whole of it. */
export interface RecordOrganisation {
  readonly type: 'RecordOrganisation';
  readonly organisation: OrganisationInput;
  readonly recordedBy: string;
}

/** The scheduler's command: an open alert whose deadline has passed goes up a level. */
export interface EscalateAlert {
  readonly type: 'EscalateAlert';
}

/** The scheduler's command: remind of a term ending in six or three months. */
export interface RemindTerm {
  readonly type: 'RemindTerm';
  readonly monthsBefore: 6 | 3;
}

export type OrganisationCommand = RecordOrganisation | EscalateAlert | RemindTerm;

/** What the organisation's decisions need besides the time: the working-day calendar and the alert deadline. */
export interface OrganisationContext extends DecisionContext {
  readonly calendar: WorkingDayCalendar;
  /** Working days party-building staff have to see a required organisation set up (default 30). */
  readonly alertWorkingDays: number;
  /** The deployment's default term lengths (3/3/5 unless configured). */
  readonly termYears: TermYearsSetting;
}

/** The default of the alert deadline, in working days (the default; a deployment setting). */
export const DEFAULT_ALERT_WORKING_DAYS = 30;

export type OrganisationErrorCode =
  | 'invalid-credit-code'
  | 'other-enterprise'
  | 'invalid-member-count'
  | 'unknown-organisation-type'
  | 'organisation-not-possible'
  | 'invalid-organisation-text'
  | 'not-applicable'
  | 'invalid-date'
  | 'date-in-future'
  | 'term-before-founding'
  | 'invalid-term-years'
  | 'nothing-changed'
  | 'not-recorded'
  | 'no-open-alert'
  | 'alert-not-overdue'
  | 'already-escalated'
  | 'no-term'
  | 'reminder-not-due'
  | 'reminder-given';

type OrganisationError = DomainError<OrganisationErrorCode>;

/** What a type needs of the counts, the rule that says so, and the reason in words. */
const POSSIBLE: Readonly<
  Record<
    OrganisationType,
    {
      readonly possible: (full: number, members: number) => boolean;
      readonly rule: PartyBuildingRule;
      readonly needs: { zh: string; en: string };
    }
  >
> = {
  none: { possible: () => true, rule: 'branch-threshold', needs: { zh: '', en: '' } },
  'joint-branch': {
    possible: (_full, members) => members >= 1,
    rule: 'joint-branch',
    needs: { zh: '至少有1名党员', en: 'at least one member' },
  },
  branch: {
    possible: (full) => full >= 3,
    rule: 'branch-threshold',
    needs: { zh: '至少3名正式党员', en: 'at least three full members' },
  },
  'branch-committee': {
    possible: (full) => full >= 7,
    rule: 'branch-committee',
    needs: { zh: '至少7名正式党员', en: 'at least seven full members' },
  },
  'general-branch': {
    possible: (_full, members) => members > 50,
    rule: 'general-branch',
    needs: { zh: '党员超过50人', en: 'more than fifty members' },
  },
  'primary-committee': {
    possible: (_full, members) => members >= 100,
    rule: 'primary-committee',
    needs: { zh: '党员100人以上', en: 'a hundred or more members' },
  },
};

/** The refusal of a type the counts cannot have (a branch of two full members, …), naming `type`; else null. */
export const typeNotPossible = (
  type: OrganisationType,
  fullMembers: number,
  probationaryMembers: number,
): OrganisationError | null => {
  const possible = POSSIBLE[type];
  if (possible.possible(fullMembers, fullMembers + probationaryMembers)) return null;
  return partyBuildingRuleError(
    'validation',
    'organisation-not-possible',
    possible.rule,
    {
      zh: `${ORGANISATION_TYPE_NAMES[type].zh}须${possible.needs.zh}，现有正式党员${fullMembers}名、预备党员${probationaryMembers}名；请按现状登记`,
      en: `A ${ORGANISATION_TYPE_NAMES[type].en} needs ${possible.needs.en}; there are ${fullMembers} full and ${probationaryMembers} probationary members; record the organisation as it is`,
    },
    { field: 'type' },
  );
};

/** Whether the organisation meets what the counts require: a joint branch never stands in for a required one. */
export const isInPlace = (type: OrganisationType, form: OrganisationForm): boolean =>
  !form.required ||
  (OWN_ORGANISATION_TYPES.includes(type) && ORGANISATION_RANK[type] >= ORGANISATION_RANK[form.form]);

/** The last day of a term of `years` years from `start`: the same date then, 28 February for a 29 February. */
export const termEndOf = (start: string, years: number): string | null =>
  isCalendarDate(start) ? addMonths(start, years * 12) : null;

const textOf = (
  field: OrganisationTextField,
  value: string | null,
  required: boolean,
): { readonly value: string | null } | OrganisationError => {
  const text = value?.trim() ?? '';
  const max = ORGANISATION_TEXT_LIMITS[field];
  const name = ORGANISATION_FIELD_NAMES[field];
  if (text.length === 0 && !required) return { value: null };
  if (text.length > 0 && [...text].length <= max) return { value: text };
  return partyBuildingRuleError(
    'validation',
    'invalid-organisation-text',
    'member-counts',
    {
      zh: `${name.zh}${required ? '不能为空，且' : ''}不超过${max}个字`,
      en: `The ${name.en} ${required ? 'must not be blank and ' : ''}must be at most ${max} characters long`,
    },
    { field },
  );
};

const notApplicable = (field: string, zh: string, en: string): OrganisationError =>
  partyBuildingRuleError('validation', 'not-applicable', 'member-counts', { zh, en }, { field });

const dateOf = (field: 'foundedOn' | 'termStartedOn', value: string | null, today: string) => {
  const text = value?.trim() ?? '';
  const name =
    field === 'foundedOn'
      ? { zh: '成立日期', en: 'founding date' }
      : { zh: '本届任期起始日', en: 'term start' };
  if (!isCalendarDate(text))
    return partyBuildingRuleError(
      'validation',
      'invalid-date',
      'member-counts',
      {
        zh: `请填写${name.zh}，须为存在的日期（YYYY-MM-DD）`,
        en: `The ${name.en} is required and must be a date that exists (YYYY-MM-DD)`,
      },
      { field },
    );
  if (text > today)
    return partyBuildingRuleError(
      'validation',
      'date-in-future',
      'member-counts',
      { zh: `${name.zh}不能晚于今天（${today}）`, en: `The ${name.en} cannot be after today (${today})` },
      { field },
    );
  return { value: text };
};

const isError = (value: object): value is OrganisationError => 'code' in value;

/** An explicit term length: a whole number of years the Party Constitution allows (art. 31: three to five). */
const explicitTermYears = (
  value: number | string | null | undefined,
): { readonly value: number | null } | OrganisationError => {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (text === '') return { value: null };
  const years = /^\d$/u.test(text) ? Number(text) : Number.NaN;
  if (years >= TERM_YEARS_RANGE.min && years <= TERM_YEARS_RANGE.max) return { value: years };
  return partyBuildingRuleError(
    'validation',
    'invalid-term-years',
    'term-length',
    {
      zh: `任期年数须为${TERM_YEARS_RANGE.min}至${TERM_YEARS_RANGE.max}的整数，收到“${text}”`,
      en: `The term must be a whole number of years from ${TERM_YEARS_RANGE.min} to ${TERM_YEARS_RANGE.max}; got “${text}”`,
    },
    { field: 'termYears' },
  );
};

/** Checks the organisation and returns it normalised with its term end, or the first problem, naming its field. */
export const checkOrganisation = (
  input: OrganisationInput,
  today: string,
  defaultTermYears: TermYearsSetting,
): OrganisationFacts | OrganisationError => {
  const code = validateUnifiedSocialCreditCode(input.creditCode);
  if (!code.ok)
    return partyBuildingRuleError('validation', 'invalid-credit-code', 'member-counts', code.message, {
      field: 'creditCode',
    });
  const name = textOf('enterpriseName', input.enterpriseName, true);
  if (isError(name)) return name;
  const full = parseMemberCount('fullMembers', input.fullMembers);
  if (!full.ok) return full.error as OrganisationError;
  const probationary = parseMemberCount('probationaryMembers', input.probationaryMembers);
  if (!probationary.ok) return probationary.error as OrganisationError;
  if (!isOrganisationType(input.type))
    return partyBuildingRuleError(
      'validation',
      'unknown-organisation-type',
      'member-counts',
      {
        zh: `党组织形式“${input.type}”不存在，可选：${ORGANISATION_TYPES.join('、')}`,
        en: `Organisation type “${input.type}” does not exist; it is one of ${ORGANISATION_TYPES.join(', ')}`,
      },
      { field: 'type' },
    );
  const type = input.type;
  const impossible = typeNotPossible(type, full.count, probationary.count);
  if (impossible !== null) return impossible;
  const own = OWN_ORGANISATION_TYPES.includes(type);
  const superior = textOf('superiorOrganisation', input.superiorOrganisation, type !== 'none');
  if (isError(superior)) return superior;
  if (type === 'none' && superior.value !== null)
    return notApplicable(
      'superiorOrganisation',
      '未建立党组织的企业没有上级党组织',
      'An enterprise without an organisation has no superior organisation',
    );
  const secretary = textOf('secretary', input.secretary, false);
  if (isError(secretary)) return secretary;
  if (!own && secretary.value !== null)
    return notApplicable(
      'secretary',
      '只有本企业自己的党组织登记书记',
      'Only an enterprise’s own organisation has its secretary recorded',
    );
  const instructor = textOf('instructor', input.instructor, false);
  if (isError(instructor)) return instructor;
  const explicitYears = explicitTermYears(input.termYears);
  if (isError(explicitYears)) return explicitYears;
  let foundedOn: string | null = null;
  let termStartedOn: string | null = null;
  if (own) {
    const founded = dateOf('foundedOn', input.foundedOn, today);
    if (isError(founded)) return founded;
    const term = dateOf('termStartedOn', input.termStartedOn, today);
    if (isError(term)) return term;
    if (term.value < founded.value)
      return partyBuildingRuleError(
        'validation',
        'term-before-founding',
        'member-counts',
        { zh: '本届任期不能早于党组织成立', en: 'The term cannot start before the organisation was founded' },
        { field: 'termStartedOn' },
      );
    foundedOn = founded.value;
    termStartedOn = term.value;
  } else {
    if (explicitYears.value !== null)
      return notApplicable(
        'termYears',
        '只有本企业自己的党组织有任期',
        'Only an enterprise’s own organisation has a term',
      );
    for (const field of ['foundedOn', 'termStartedOn'] as const)
      if ((input[field]?.trim() ?? '') !== '')
        return notApplicable(
          field,
          '只有本企业自己的党组织有成立日期和任期',
          'Only an enterprise’s own organisation has a founding date and a term',
        );
  }
  const termYears = explicitYears.value ?? termYearsOf(type, defaultTermYears);
  return {
    creditCode: normaliseCreditCode(input.creditCode),
    enterpriseName: name.value ?? '',
    fullMembers: full.count,
    probationaryMembers: probationary.count,
    type,
    foundedOn,
    superiorOrganisation: superior.value,
    secretary: secretary.value,
    instructor: instructor.value,
    termStartedOn,
    termYears: termStartedOn === null ? null : termYears,
    termEndsOn: termStartedOn === null || termYears === null ? null : termEndOf(termStartedOn, termYears),
    union: input.union,
    youthLeague: input.youthLeague,
  };
};

const sameFacts = (a: OrganisationFacts, b: OrganisationFacts): boolean =>
  (Object.keys(a) as (keyof OrganisationFacts)[]).every((key) => a[key] === b[key]);

const refuse = (code: OrganisationErrorCode, rule: PartyBuildingRule, zh: string, en: string) =>
  reject(partyBuildingRuleError('conflict', code, rule, { zh, en }));

/** The alert events a new record brings: raised when it falls short, resolved when it no longer does. */
const alertEventsOf = (
  previous: OpenAlert | null,
  facts: OrganisationFacts,
  form: OrganisationForm,
  inPlace: boolean,
  { calendar, alertWorkingDays }: OrganisationContext,
  today: string,
): OrganisationEvent[] => {
  if (!inPlace && previous === null) {
    const raisedOn = parseCalendarDate(today);
    return [
      {
        type: 'OrganisationAlertRaised',
        data: {
          creditCode: facts.creditCode,
          requiredForm: form.form,
          raisedOn: today,
          workingDays: alertWorkingDays,
          dueOn: calendar.addWorkingDays(raisedOn, alertWorkingDays),
        },
      },
    ];
  }
  if (inPlace && previous !== null)
    return [
      {
        type: 'OrganisationAlertResolved',
        data: { creditCode: facts.creditCode, raisedOn: previous.raisedOn, resolvedOn: today },
      },
    ];
  return [];
};

/**
 * The rules of an enterprise's party organisation record: counts and roles only; the type must be possible for
 * the counts (a branch needs three full members, …); its own organisation has a founding date and a term, a
 * joint branch or none has neither; a record that changes nothing is refused. Whether the organisation meets
 * what the counts require is assessed and kept with each record; falling short raises an alert with a
 * working-day deadline, which escalates once when missed and ends when the organisation is in place. Term
 * reminders come six and three months before the term ends, once each per term. Time arrives as input.
 */
const decideOrganisation = (
  command: OrganisationCommand,
  state: OrganisationState,
  context: OrganisationContext,
): Decision<OrganisationEvent, OrganisationError> => {
  const today = chinaDateOf(context.now);
  switch (command.type) {
    case 'RecordOrganisation': {
      const facts = checkOrganisation(command.organisation, today, context.termYears);
      if (isError(facts)) return reject(facts);
      if (state.status === 'recorded') {
        if (state.facts.creditCode !== facts.creditCode)
          return reject(
            partyBuildingRuleError(
              'validation',
              'other-enterprise',
              'member-counts',
              {
                zh: '统一社会信用代码与该记录的企业不符',
                en: 'The credit code is not this record’s enterprise',
              },
              { field: 'creditCode' },
            ),
          );
        if (sameFacts(state.facts, facts))
          return reject(
            partyBuildingRuleError('validation', 'nothing-changed', 'member-counts', {
              zh: '与已登记的情况相同，没有需要更新的内容',
              en: 'This is what is recorded already; nothing changes',
            }),
          );
      }
      const form = organisationFormFor(facts);
      const inPlace = isInPlace(facts.type, form);
      return accept(
        {
          type: 'OrganisationRecorded',
          data: {
            ...facts,
            requiredForm: form.form,
            mayAlsoForm: form.mayAlsoForm,
            inPlace,
            recordedBy: command.recordedBy,
            recordedAt: context.now.toISOString(),
          },
        },
        ...alertEventsOf(
          state.status === 'recorded' ? state.alert : null,
          facts,
          form,
          inPlace,
          context,
          today,
        ),
      );
    }
    case 'EscalateAlert': {
      if (state.status !== 'recorded' || state.alert === null)
        return refuse(
          'no-open-alert',
          'organisation-alert',
          '该企业没有未办结的党组织组建预警',
          'The enterprise has no open alert',
        );
      if (state.alert.escalatedOn !== null)
        return refuse(
          'already-escalated',
          'organisation-alert',
          '该预警已提级督办',
          'The alert was escalated already',
        );
      if (today <= state.alert.dueOn)
        return refuse(
          'alert-not-overdue',
          'organisation-alert',
          `预警期限至${state.alert.dueOn}，尚未逾期`,
          `The alert is due on ${state.alert.dueOn}; it is not overdue`,
        );
      return accept({
        type: 'OrganisationAlertEscalated',
        data: { creditCode: state.facts.creditCode, dueOn: state.alert.dueOn, escalatedOn: today },
      });
    }
    case 'RemindTerm': {
      const termEndsOn = state.status === 'recorded' ? state.facts.termEndsOn : null;
      if (state.status !== 'recorded' || termEndsOn === null)
        return refuse(
          'no-term',
          'term-reminder',
          '该企业党组织没有登记任期',
          'The organisation has no term recorded',
        );
      if (state.reminders.includes(reminderKey(termEndsOn, command.monthsBefore)))
        return refuse(
          'reminder-given',
          'term-reminder',
          `本届任期（至${termEndsOn}）提前${command.monthsBefore}个月的提醒已发出`,
          `The ${command.monthsBefore}-month reminder of the term ending ${termEndsOn} was given already`,
        );
      if (today < addMonths(parseCalendarDate(termEndsOn), -command.monthsBefore))
        return refuse(
          'reminder-not-due',
          'term-reminder',
          `本届任期至${termEndsOn}，尚未到提前${command.monthsBefore}个月提醒的时间`,
          `The term ends ${termEndsOn}; its ${command.monthsBefore}-month reminder is not due yet`,
        );
      return accept({
        type: 'TermReminderDue',
        data: {
          creditCode: state.facts.creditCode,
          termEndsOn,
          monthsBefore: command.monthsBefore,
          remindedOn: today,
        },
      });
    }
  }
};

export const organisationDecider: Decider<
  OrganisationCommand,
  OrganisationEvent,
  OrganisationState,
  OrganisationError,
  OrganisationContext
> = {
  initialState: initialOrganisationState,
  evolve: evolveOrganisation,
  decide: decideOrganisation,
};
