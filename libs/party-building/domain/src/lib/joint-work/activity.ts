import { chinaDateOf } from '@qinqing/calendar/domain';
import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  type DomainEvent,
  reject,
} from '@qinqing/shared/domain-kernel';
import { partyBuildingRuleError } from '../party-building-rules';
import { checkedCount, checkedDate, checkedText, isFieldProblem } from './joint-work-checks';

/** What a party organisation's activity is (Kunshan 四(5): 学习培训; a theme party day 主题党日; a service). */
export const ACTIVITY_KINDS = ['study', 'training', 'theme-day', 'service', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Whose activity: an enterprise's own organisation, a joint branch, or a chamber's party organisation. */
export const ACTIVITY_ORGANISATION_KINDS = ['enterprise', 'joint-branch', 'chamber'] as const;
export type ActivityOrganisationKind = (typeof ACTIVITY_ORGANISATION_KINDS)[number];

export const PARTICIPANTS_MAX = 100_000;

export interface RecordActivity {
  readonly type: 'RecordActivity';
  readonly activityId: string;
  readonly organisationKind: string;
  /** A credit code for an enterprise, the id of a joint branch or chamber organisation. */
  readonly organisationId: string;
  readonly kind: string;
  readonly heldOn: string;
  readonly title: string;
  /** How many took part: a count, never who. */
  readonly participants: number | string;
  readonly recordedBy: string;
}

/** What the read models say of the organisation named: it exists, and (an enterprise) it is its own. */
export interface ActivityContext extends DecisionContext {
  readonly organisation: 'own-organisation' | 'no-own-organisation' | 'exists' | 'unknown';
}

export type ActivityRecorded = DomainEvent<
  'ActivityRecorded',
  {
    readonly activityId: string;
    readonly organisationKind: ActivityOrganisationKind;
    readonly organisationId: string;
    readonly kind: ActivityKind;
    readonly heldOn: string;
    readonly title: string;
    readonly participants: number;
    readonly recordedBy: string;
  }
>;

const RULE = 'activities' as const;

const refuse = (kind: 'validation' | 'not-found', code: string, field: string, zh: string, en: string) =>
  reject(partyBuildingRuleError(kind, code, RULE, { zh, en }, { field }));

/** The organisation's key in the read model: `<kind>:<id>`. */
export const activityOrganisationKey = (kind: ActivityOrganisationKind, id: string): string =>
  `${kind}:${id}`;

const decideActivity = (
  command: RecordActivity,
  state: { readonly recorded: boolean },
  { now, organisation }: ActivityContext,
): Decision<ActivityRecorded, DomainError> => {
  if (state.recorded)
    return refuse(
      'validation',
      'already-recorded',
      'activityId',
      '该活动已登记',
      'This activity is recorded already',
    );
  if (!(ACTIVITY_ORGANISATION_KINDS as readonly string[]).includes(command.organisationKind))
    return refuse(
      'validation',
      'unknown-organisation-kind',
      'organisationKind',
      `组织类别须为：${ACTIVITY_ORGANISATION_KINDS.join('、')}`,
      `The organisation kind is one of ${ACTIVITY_ORGANISATION_KINDS.join(', ')}`,
    );
  const organisationKind = command.organisationKind as ActivityOrganisationKind;
  let organisationId = command.organisationId.trim();
  if (organisationKind === 'enterprise') {
    const code = validateUnifiedSocialCreditCode(organisationId);
    if (!code.ok)
      return reject(
        partyBuildingRuleError('validation', 'invalid-credit-code', RULE, code.message, {
          field: 'organisationId',
        }),
      );
    organisationId = normaliseCreditCode(organisationId);
  }
  if (organisation === 'unknown')
    return refuse(
      'not-found',
      'organisation-not-found',
      'organisationId',
      '未找到该党组织，请先登记',
      'No such party organisation is recorded; record it first',
    );
  if (organisation === 'no-own-organisation')
    return refuse(
      'validation',
      'no-own-organisation',
      'organisationId',
      '该企业没有自己的党组织（党支部及以上），其党员的活动记在所在联合党支部',
      'The enterprise has no organisation of its own (a branch or more); its members’ activities go to their joint branch',
    );
  if (!(ACTIVITY_KINDS as readonly string[]).includes(command.kind))
    return refuse(
      'validation',
      'unknown-activity-kind',
      'kind',
      `活动类别须为：${ACTIVITY_KINDS.join('、')}`,
      `The activity kind is one of ${ACTIVITY_KINDS.join(', ')}`,
    );
  const today = chinaDateOf(now);
  const heldOn = checkedDate(RULE, 'heldOn', { zh: '活动日期', en: 'activity date' }, command.heldOn, today);
  if (isFieldProblem(heldOn)) return reject(heldOn);
  const title = checkedText(RULE, 'title', { zh: '活动主题', en: 'title' }, command.title, 100);
  if (isFieldProblem(title)) return reject(title);
  const participants = checkedCount(
    RULE,
    'participants',
    { zh: '参加人数', en: 'number of participants' },
    command.participants,
    1,
    PARTICIPANTS_MAX,
  );
  if (isFieldProblem(participants)) return reject(participants);
  return accept({
    type: 'ActivityRecorded',
    data: {
      activityId: command.activityId,
      organisationKind,
      organisationId,
      kind: command.kind as ActivityKind,
      heldOn,
      title,
      participants,
      recordedBy: command.recordedBy,
    },
  });
};

export const activityDecider: Decider<
  RecordActivity,
  ActivityRecorded,
  { readonly recorded: boolean },
  DomainError,
  ActivityContext
> = {
  initialState: () => ({ recorded: false }),
  evolve: (state, event) => (event.type === 'ActivityRecorded' ? { recorded: true } : state),
  decide: decideActivity,
};

const ACTIVITY_PREFIX = 'party-building-activity-';
export const activityStreamId = (id: string): string => `${ACTIVITY_PREFIX}${id}`;
export const activityIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(ACTIVITY_PREFIX) ? streamId.slice(ACTIVITY_PREFIX.length) : null;
