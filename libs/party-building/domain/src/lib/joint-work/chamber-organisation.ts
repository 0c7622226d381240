import { chinaDateOf } from '@qinqing/calendar/domain';
import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  type DomainEvent,
  reject,
} from '@qinqing/shared/domain-kernel';
import { parseMemberCount } from '../organisation-form/organisation-form';
import { typeNotPossible } from '../enterprise-organisation/organisation.decide';
import {
  isOrganisationType,
  OWN_ORGANISATION_TYPES,
  type OrganisationType,
} from '../enterprise-organisation/organisation.values';
import { partyBuildingRuleError } from '../party-building-rules';
import { checkedCount, checkedText, isFieldProblem } from './joint-work-checks';

/**
 * A chamber of commerce's party organisation (商会党组织; Kunshan 四(5): "以成立商会党委为契机，进一步加强异地、
 * 行业商会党建指导工作，组织各商协会党支部开展学习培训"): the chamber, its kind, its organisation's type and counts,
 * and how many member enterprises the chamber has. Counts, never members.
 */
export const CHAMBER_KINDS = ['industry', 'regional', 'general'] as const;
export type ChamberKind = (typeof CHAMBER_KINDS)[number];

export const CHAMBER_KIND_NAMES: Readonly<Record<ChamberKind, { readonly zh: string; readonly en: string }>> =
  {
    industry: { zh: '行业商会', en: 'industry chamber' },
    regional: { zh: '异地商会', en: 'chamber of a home region (异地商会)' },
    general: { zh: '总商会、基层商会', en: 'general or local chamber' },
  };

export const MEMBER_ENTERPRISES_MAX = 100_000;

export interface RecordChamberOrganisation {
  readonly type: 'RecordChamberOrganisation';
  readonly chamberOrganisationId: string;
  readonly chamberName: string;
  readonly chamberKind: string;
  readonly organisationType: string;
  readonly fullMembers: number | string;
  readonly probationaryMembers: number | string;
  readonly memberEnterprises: number | string;
  readonly superiorOrganisation: string;
  readonly recordedBy: string;
}

export type ChamberOrganisationRecorded = DomainEvent<
  'ChamberOrganisationRecorded',
  {
    readonly chamberOrganisationId: string;
    readonly chamberName: string;
    readonly chamberKind: ChamberKind;
    readonly organisationType: OrganisationType;
    readonly fullMembers: number;
    readonly probationaryMembers: number;
    readonly memberEnterprises: number;
    readonly superiorOrganisation: string;
    readonly recordedBy: string;
    readonly recordedOn: string;
  }
>;

export type ChamberOrganisationState = { readonly recorded: boolean };

type ChamberError = DomainError;

const decideChamber = (
  command: RecordChamberOrganisation,
  state: ChamberOrganisationState,
  { now }: DecisionContext,
): Decision<ChamberOrganisationRecorded, ChamberError> => {
  if (state.recorded)
    return reject(
      partyBuildingRuleError(
        'validation',
        'already-recorded',
        'chamber-party-building',
        { zh: '该商会党组织已登记', en: 'This chamber organisation is recorded already' },
        { field: 'chamberOrganisationId' },
      ),
    );
  const name = checkedText(
    'chamber-party-building',
    'chamberName',
    { zh: '商会名称', en: 'chamber name' },
    command.chamberName,
    100,
  );
  if (isFieldProblem(name)) return reject(name);
  if (!(CHAMBER_KINDS as readonly string[]).includes(command.chamberKind))
    return reject(
      partyBuildingRuleError(
        'validation',
        'unknown-chamber-kind',
        'chamber-party-building',
        {
          zh: `商会类别“${command.chamberKind}”不存在，可选：${CHAMBER_KINDS.join('、')}`,
          en: `Chamber kind “${command.chamberKind}” does not exist; it is one of ${CHAMBER_KINDS.join(', ')}`,
        },
        { field: 'chamberKind' },
      ),
    );
  const type = command.organisationType;
  if (!isOrganisationType(type) || !OWN_ORGANISATION_TYPES.includes(type))
    return reject(
      partyBuildingRuleError(
        'validation',
        'unknown-organisation-type',
        'chamber-party-building',
        {
          zh: `商会党组织形式须为：${OWN_ORGANISATION_TYPES.join('、')}`,
          en: `A chamber's party organisation is one of ${OWN_ORGANISATION_TYPES.join(', ')}`,
        },
        { field: 'organisationType' },
      ),
    );
  const full = parseMemberCount('fullMembers', command.fullMembers);
  if (!full.ok) return reject(full.error);
  const probationary = parseMemberCount('probationaryMembers', command.probationaryMembers);
  if (!probationary.ok) return reject(probationary.error);
  const impossible = typeNotPossible(type, full.count, probationary.count);
  if (impossible !== null) return reject({ ...impossible, field: 'organisationType' });
  const enterprises = checkedCount(
    'chamber-party-building',
    'memberEnterprises',
    { zh: '会员企业数', en: 'number of member enterprises' },
    command.memberEnterprises,
    1,
    MEMBER_ENTERPRISES_MAX,
  );
  if (isFieldProblem(enterprises)) return reject(enterprises);
  const superior = checkedText(
    'chamber-party-building',
    'superiorOrganisation',
    { zh: '上级党组织', en: 'superior organisation' },
    command.superiorOrganisation,
    100,
  );
  if (isFieldProblem(superior)) return reject(superior);
  return accept({
    type: 'ChamberOrganisationRecorded',
    data: {
      chamberOrganisationId: command.chamberOrganisationId,
      chamberName: name,
      chamberKind: command.chamberKind as ChamberKind,
      organisationType: type,
      fullMembers: full.count,
      probationaryMembers: probationary.count,
      memberEnterprises: enterprises,
      superiorOrganisation: superior,
      recordedBy: command.recordedBy,
      recordedOn: chinaDateOf(now),
    },
  });
};

export const chamberOrganisationDecider: Decider<
  RecordChamberOrganisation,
  ChamberOrganisationRecorded,
  ChamberOrganisationState,
  ChamberError,
  DecisionContext
> = {
  initialState: () => ({ recorded: false }),
  evolve: (state, event) => (event.type === 'ChamberOrganisationRecorded' ? { recorded: true } : state),
  decide: decideChamber,
};

const CHAMBER_PREFIX = 'party-building-chamber-';
export const chamberOrganisationStreamId = (id: string): string => `${CHAMBER_PREFIX}${id}`;
export const chamberOrganisationIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(CHAMBER_PREFIX) ? streamId.slice(CHAMBER_PREFIX.length) : null;
