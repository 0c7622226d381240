import { validateMainlandMobileNumber } from '@qinqing/shared/chinese-ids';
import {
  accept,
  type Decider,
  type DecisionContext,
  type DomainError,
  type DomainEvent,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { chinaDateOf, isCalendarDate } from './calendar-date';
import { underLiaisonRule } from './liaison-rules';
import { LIAISON_ID_PATTERN } from './official';
import type { PairedEnterprise, Pairing } from './pairing-register';

/** Kunshan 五(3): 实地走访、电话、信函、电子邮件、问卷调查、微信. */
export const VISIT_FORMS = ['on-site', 'phone', 'letter', 'e-mail', 'questionnaire', 'wechat'] as const;
export type VisitForm = (typeof VISIT_FORMS)[number];
export const VISIT_FORM_NAMES: Record<VisitForm, { zh: string; en: string }> = {
  'on-site': { zh: '实地走访', en: 'on site' },
  phone: { zh: '电话', en: 'phone' },
  letter: { zh: '信函', en: 'letter' },
  'e-mail': { zh: '电子邮件', en: 'e-mail' },
  questionnaire: { zh: '问卷调查', en: 'questionnaire' },
  wechat: { zh: '微信', en: 'WeChat' },
};

/**
 * What the official declares about the visit's conduct (Kunshan 五(4), Qingdao 四(十一)(5)): a meal only as a
 * working meal at staff standard in the enterprise canteen, no alcohol; own or public transport (the
 * enterprise's only when needed, never a car put at the official's disposal); costs borne by the unit.
 */
export interface ConductDeclaration {
  readonly meal: 'none' | 'canteen-staff-standard' | 'other';
  readonly alcohol: boolean;
  readonly transport: 'own' | 'public' | 'enterprise-when-needed' | 'enterprise-dedicated-car';
  readonly costsBorneBy: 'official-unit' | 'enterprise' | 'other';
  /** What happened, in the official's words; required when something departs from the rule. */
  readonly note?: string;
}
export const MEALS = ['none', 'canteen-staff-standard', 'other'] as const;
export const TRANSPORTS = ['own', 'public', 'enterprise-when-needed', 'enterprise-dedicated-car'] as const;
export const COST_BEARERS = ['official-unit', 'enterprise', 'other'] as const;

export const CONDUCT_BREACHES = ['meal', 'alcohol', 'transport', 'costs'] as const;
export type ConductBreach = (typeof CONDUCT_BREACHES)[number];
export const CONDUCT_BREACH_NAMES: Record<ConductBreach, { zh: string; en: string }> = {
  meal: {
    zh: '用餐超出企业食堂员工标准工作餐',
    en: 'a meal beyond a staff-standard working meal in the canteen',
  },
  alcohol: { zh: '饮酒', en: 'alcohol' },
  transport: { zh: '使用企业专门安排的车辆', en: 'a car the enterprise put at the official’s disposal' },
  costs: { zh: '费用未由所在单位承担', en: 'costs not borne by the official’s unit' },
};

/** The breaches a declaration records: each goes to the discipline inspectors, not the official's unit. */
export const breachesOf = (conduct: ConductDeclaration): readonly ConductBreach[] => [
  ...(conduct.meal === 'other' ? (['meal'] as const) : []),
  ...(conduct.alcohol ? (['alcohol'] as const) : []),
  ...(conduct.transport === 'enterprise-dedicated-car' ? (['transport'] as const) : []),
  ...(conduct.costsBorneBy !== 'official-unit' ? (['costs'] as const) : []),
];

export interface RaisedProblem {
  /** A UUID given when the visit is logged: appeals opens the request for it under the same id (idempotency). */
  readonly problemId: string;
  readonly title: string;
  readonly description: string;
}

export interface EnterpriseContact {
  readonly name: string;
  /** Mainland mobile; the request appeals opens needs someone to answer to. */
  readonly phone: string;
}

export type VisitLogged = DomainEvent<
  'VisitLogged',
  {
    readonly visitId: string;
    readonly pairingId: string;
    readonly officialId: string;
    readonly officialUnitId: string;
    readonly enterprise: PairedEnterprise;
    readonly date: string;
    readonly form: VisitForm;
    readonly participants: readonly string[];
    readonly learned: string;
    readonly problems: readonly RaisedProblem[];
    readonly contact: EnterpriseContact | null;
    readonly conduct: ConductDeclaration;
    readonly breaches: readonly ConductBreach[];
    readonly loggedAt: string;
  }
>;
/** One per problem raised: what becomes an enterprise request in appeals (over the public events). */
export type VisitProblemRaised = DomainEvent<
  'VisitProblemRaised',
  {
    readonly visitId: string;
    readonly pairingId: string;
    readonly officialUnitId: string;
    readonly enterprise: PairedEnterprise;
    readonly contact: EnterpriseContact;
    readonly raisedOn: string;
  } & RaisedProblem
>;
export type VisitEvent = VisitLogged | VisitProblemRaised;

export interface LogVisit {
  readonly type: 'LogVisit';
  readonly visitId: string;
  /** The pairing as the register holds it now (null: no such pairing). */
  readonly pairing: Pairing | null;
  /** The staff account logging it. */
  readonly by: string;
  readonly date: string;
  readonly form: VisitForm;
  readonly participants: readonly string[];
  readonly learned: string;
  readonly problems: readonly {
    readonly problemId: string;
    readonly title: string;
    readonly description: string;
  }[];
  readonly contact?: EnterpriseContact | null;
  readonly conduct: ConductDeclaration;
}
export type VisitCommand = LogVisit;

export type VisitState =
  { readonly status: 'absent' } | { readonly status: 'logged'; readonly visit: VisitLogged['data'] };

export type VisitErrorCode =
  'invalid-visit' | 'visit-exists' | 'pairing-not-found' | 'pairing-not-active' | 'not-the-paired-official';

export const VISIT_LIMITS = {
  participants: 20,
  participant: 50,
  learned: 2000,
  problems: 10,
  title: 100,
  description: 2000,
  note: 500,
} as const;

const VISIT_STREAM_PREFIX = 'liaison-visit-';
export const visitStreamId = (visitId: string): string => `${VISIT_STREAM_PREFIX}${visitId}`;
export const visitIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(VISIT_STREAM_PREFIX) ? streamId.slice(VISIT_STREAM_PREFIX.length) : null;

const invalid = (field: string, zh: string, en: string): DomainError<VisitErrorCode> =>
  domainError('validation', 'invalid-visit', { zh, en }, field);

const text = (value: unknown, max: number): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length === 0 || [...trimmed].length > max ? null : trimmed;
};
const oneOf = <T extends string>(options: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (options as readonly string[]).includes(value);

type Checked<T> = { ok: true; value: T } | { ok: false; error: DomainError<VisitErrorCode> };

const checkConduct = (conduct: ConductDeclaration): Checked<ConductDeclaration> => {
  const fail = (field: string, zh: string, en: string) => ({
    ok: false as const,
    error: underLiaisonRule(invalid(`conduct.${field}`, zh, en), 'visit-conduct'),
  });
  if (!oneOf(MEALS, conduct?.meal)) return fail('meal', '请申报用餐情况', 'declare the meal');
  if (typeof conduct.alcohol !== 'boolean')
    return fail('alcohol', '请申报是否饮酒', 'declare whether alcohol was served');
  if (!oneOf(TRANSPORTS, conduct.transport))
    return fail('transport', '请申报交通方式', 'declare the transport');
  if (!oneOf(COST_BEARERS, conduct.costsBorneBy))
    return fail('costsBorneBy', '请申报费用承担方', 'declare who bore the costs');
  const note =
    conduct.note === undefined || conduct.note.trim() === '' ? null : text(conduct.note, VISIT_LIMITS.note);
  if (conduct.note !== undefined && conduct.note.trim() !== '' && note === null) {
    return fail(
      'note',
      `说明不超过${VISIT_LIMITS.note}字`,
      `the note is at most ${VISIT_LIMITS.note} characters`,
    );
  }
  const declared: ConductDeclaration = {
    meal: conduct.meal,
    alcohol: conduct.alcohol,
    transport: conduct.transport,
    costsBorneBy: conduct.costsBorneBy,
    ...(note === null ? {} : { note }),
  };
  if (breachesOf(declared).length > 0 && note === null) {
    return fail(
      'note',
      '申报情况与规定不符的，须说明具体情况',
      'say what happened when the declaration departs from the rule',
    );
  }
  return { ok: true, value: declared };
};

const logVisit = (command: LogVisit, state: VisitState, { now }: DecisionContext) => {
  if (!LIAISON_ID_PATTERN.test(command.visitId))
    return reject(invalid('visitId', '编号格式不正确', 'not a valid id'));
  if (state.status !== 'absent') {
    return reject(
      domainError<VisitErrorCode>('conflict', 'visit-exists', {
        zh: '该走访记录已存在',
        en: 'This visit is recorded already',
      }),
    );
  }
  const { pairing } = command;
  if (pairing === null) {
    return reject(
      domainError<VisitErrorCode>('not-found', 'pairing-not-found', {
        zh: '没有该结对',
        en: 'No such pairing',
      }),
    );
  }
  if (pairing.officialId !== command.by) {
    return reject(
      underLiaisonRule(
        domainError<VisitErrorCode>('forbidden', 'not-the-paired-official', {
          zh: '只有结对联系该企业的领导干部本人可以登记走访',
          en: 'Only the official paired with the enterprise logs its visits',
        }),
        'visits-by-the-paired-official',
      ),
    );
  }
  if (pairing.endDate !== null) {
    return reject(
      domainError<VisitErrorCode>('conflict', 'pairing-not-active', {
        zh: `该结对已于 ${pairing.endDate} 结束，不能再登记走访`,
        en: `The pairing ended on ${pairing.endDate}; no more visits are logged on it`,
      }),
    );
  }
  const today = chinaDateOf(now);
  if (!isCalendarDate(command.date) || command.date < pairing.startDate || command.date > today) {
    return reject(
      invalid(
        'date',
        `走访日期须在结对开始（${pairing.startDate}）之后且不晚于今天`,
        `the date must lie between the pairing's start (${pairing.startDate}) and today`,
      ),
    );
  }
  if (!oneOf(VISIT_FORMS, command.form)) {
    return reject(
      underLiaisonRule(
        invalid(
          'form',
          '走访形式须为实地走访、电话、信函、电子邮件、问卷调查或微信',
          'the form must be on-site, phone, letter, e-mail, questionnaire or wechat',
        ),
        'visit-forms',
      ),
    );
  }
  if (!Array.isArray(command.participants) || command.participants.length > VISIT_LIMITS.participants) {
    return reject(
      invalid(
        'participants',
        `参加人员不超过${VISIT_LIMITS.participants}人`,
        `at most ${VISIT_LIMITS.participants} participants`,
      ),
    );
  }
  const participants: string[] = [];
  for (const [index, participant] of command.participants.entries()) {
    const name = text(participant, VISIT_LIMITS.participant);
    if (name === null)
      return reject(
        invalid(
          `participants.${index}`,
          `姓名不能为空，且不超过${VISIT_LIMITS.participant}字`,
          `a name must not be blank and at most ${VISIT_LIMITS.participant} characters`,
        ),
      );
    participants.push(name);
  }
  const learned = text(command.learned, VISIT_LIMITS.learned);
  if (learned === null)
    return reject(
      invalid(
        'learned',
        `请填写了解到的情况（不超过${VISIT_LIMITS.learned}字）`,
        `say what was learned (at most ${VISIT_LIMITS.learned} characters)`,
      ),
    );
  if (!Array.isArray(command.problems) || command.problems.length > VISIT_LIMITS.problems) {
    return reject(
      invalid(
        'problems',
        `一次走访最多登记${VISIT_LIMITS.problems}个问题`,
        `at most ${VISIT_LIMITS.problems} problems per visit`,
      ),
    );
  }
  const problems: RaisedProblem[] = [];
  for (const [index, problem] of command.problems.entries()) {
    const title = text(problem?.title, VISIT_LIMITS.title);
    if (title === null)
      return reject(
        invalid(
          `problems.${index}.title`,
          `问题标题不能为空，且不超过${VISIT_LIMITS.title}字`,
          `a problem's title must not be blank and at most ${VISIT_LIMITS.title} characters`,
        ),
      );
    const description = text(problem?.description, VISIT_LIMITS.description);
    if (description === null)
      return reject(
        invalid(
          `problems.${index}.description`,
          `问题描述不能为空，且不超过${VISIT_LIMITS.description}字`,
          `a problem's description must not be blank and at most ${VISIT_LIMITS.description} characters`,
        ),
      );
    const problemId = String(problem?.problemId ?? '');
    if (!LIAISON_ID_PATTERN.test(problemId) || problems.some((p) => p.problemId === problemId)) {
      return reject(
        invalid(
          `problems.${index}.problemId`,
          '问题编号格式不正确或重复',
          'the problem id is malformed or repeated',
        ),
      );
    }
    problems.push({ problemId, title, description });
  }
  let contact: EnterpriseContact | null = null;
  if (problems.length > 0 || (command.contact !== undefined && command.contact !== null)) {
    const name = text(command.contact?.name, 50);
    if (name === null)
      return reject(
        invalid(
          'contact.name',
          '反映问题的，须填写企业联系人姓名',
          'problems need the enterprise contact’s name',
        ),
      );
    const phone = validateMainlandMobileNumber(String(command.contact?.phone ?? ''));
    if (!phone.ok) return reject(invalid('contact.phone', phone.message.zh, phone.message.en));
    contact = { name, phone: phone.value };
  }
  const conduct = checkConduct(command.conduct);
  if (!conduct.ok) return reject(conduct.error);

  const logged: VisitLogged = {
    type: 'VisitLogged',
    data: {
      visitId: command.visitId,
      pairingId: pairing.pairingId,
      officialId: pairing.officialId,
      officialUnitId: pairing.officialUnitId,
      enterprise: pairing.enterprise,
      date: command.date,
      form: command.form,
      participants,
      learned,
      problems,
      contact,
      conduct: conduct.value,
      breaches: breachesOf(conduct.value),
      loggedAt: now.toISOString(),
    },
  };
  const raised = problems.map((problem): VisitProblemRaised => ({
    type: 'VisitProblemRaised',
    data: {
      ...problem,
      visitId: command.visitId,
      pairingId: pairing.pairingId,
      officialUnitId: pairing.officialUnitId,
      enterprise: pairing.enterprise,
      // A problem exists only with a contact (checked above).
      contact: contact ?? { name: '', phone: '' },
      raisedOn: command.date,
    },
  }));
  return accept<VisitEvent>(logged, ...raised);
};

/** A visit is logged once, by the paired official, on an active pairing; its problems become requests. */
export const visitDecider: Decider<VisitCommand, VisitEvent, VisitState, DomainError<VisitErrorCode>> = {
  initialState: () => ({ status: 'absent' }),
  evolve: (state, event) => (event.type === 'VisitLogged' ? { status: 'logged', visit: event.data } : state),
  decide: logVisit,
};
