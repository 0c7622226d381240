import {
  accept,
  type Decider,
  type DecisionContext,
  type DomainError,
  type DomainEvent,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { JURISDICTION_PATTERN } from '../integrity/integrity-rules';
import { underLiaisonRule } from './liaison-rules';

/** Account ids, unit ids: what identity and the organisation units use (UUIDs, dept-…, unit-…). */
export const LIAISON_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/u;

export interface OfficialProfile {
  /** The staff account (role leading-official) in identity. */
  readonly accountId: string;
  readonly name: string;
  /** 所在单位: the organisation unit (departmentId) whose costs cover the visits and which receives problems. */
  readonly unitId: string;
  /** The superior's staff account: approves the official's interaction filings. */
  readonly superiorAccountId: string;
  /**
   * 办公电话/办公地点: how an enterprise reaches the official at the office (the kiosk's "我的联系领导" shows it),
   * e.g. "0574-87180000（区发改局 305 室）". One line of at most 100 characters; null when none was given.
   */
  readonly officeChannel: string | null;
}

/** The longest office channel (办公电话/办公地点) a profile keeps. */
export const OFFICE_CHANNEL_MAX = 100;

/**
 * 所属辖区: the jurisdiction (GB/T 2260, 6 digits) whose settings bind the official — their filings are decided
 * under it, whatever a request says. Recorded by the administrator who registers them; events from before it
 * was recorded carry none, and such a profile is under the deployment's jurisdiction (null in the state).
 */
interface OfficialJurisdiction {
  readonly jurisdiction?: string;
}

/** As stored: events recorded before the office channel existed have none (they fold to null). */
type StoredProfile = Omit<OfficialProfile, 'officeChannel'> & { readonly officeChannel?: string | null };

export type OfficialRegistered = DomainEvent<
  'OfficialRegistered',
  StoredProfile & OfficialJurisdiction & { readonly registeredBy: string; readonly registeredAt: string }
>;
export type OfficialProfileChanged = DomainEvent<
  'OfficialProfileChanged',
  StoredProfile & OfficialJurisdiction & { readonly changedBy: string; readonly changedAt: string }
>;
export type OfficialEvent = OfficialRegistered | OfficialProfileChanged;

/** A command states the whole profile; an office channel left out (or blank) is none. */
type ProfileInput = Omit<OfficialProfile, 'officeChannel'> & { readonly officeChannel?: string | null };

/** The service puts the deployment's jurisdiction on a registration that names none. */
export type RegisterOfficial = {
  readonly type: 'RegisterOfficial';
  readonly by: string;
  readonly jurisdiction: string;
} & ProfileInput;
/** Without `jurisdiction` the recorded one stays. */
export type ChangeOfficialProfile = {
  readonly type: 'ChangeOfficialProfile';
  readonly by: string;
  readonly jurisdiction?: string;
} & ProfileInput;
export type OfficialCommand = RegisterOfficial | ChangeOfficialProfile;

export type OfficialState =
  | { readonly status: 'absent' }
  | ({ readonly status: 'registered'; readonly jurisdiction: string | null } & OfficialProfile);

export type OfficialErrorCode =
  'official-exists' | 'official-not-found' | 'invalid-official' | 'own-superior' | 'profile-unchanged';

const OFFICIAL_STREAM_PREFIX = 'liaison-official-';
export const officialStreamId = (accountId: string): string => `${OFFICIAL_STREAM_PREFIX}${accountId}`;
export const officialIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(OFFICIAL_STREAM_PREFIX) ? streamId.slice(OFFICIAL_STREAM_PREFIX.length) : null;

const invalid = (
  field: keyof OfficialProfile | 'jurisdiction',
  zh: string,
  en: string,
): DomainError<OfficialErrorCode> => domainError('validation', 'invalid-official', { zh, en }, field);

const profileProblem = (command: OfficialCommand): DomainError<OfficialErrorCode> | null => {
  for (const field of ['accountId', 'unitId', 'superiorAccountId'] as const) {
    if (!LIAISON_ID_PATTERN.test(command[field])) {
      return invalid(field, '编号格式不正确', 'not a valid id (letters, digits, . _ : -; at most 100)');
    }
  }
  if (command.jurisdiction !== undefined && !JURISDICTION_PATTERN.test(command.jurisdiction)) {
    return invalid(
      'jurisdiction',
      '所属辖区须为6位行政区划代码（GB/T 2260）',
      'the jurisdiction is a 6-digit GB/T 2260 division code',
    );
  }
  const name = command.name.trim();
  if (name.length === 0 || [...name].length > 50) {
    return invalid(
      'name',
      '姓名不能为空，且不超过50个字',
      'the name must not be blank and at most 50 characters',
    );
  }
  const channel = officeChannelOf(command);
  if (channel !== null && [...channel].length > OFFICE_CHANNEL_MAX) {
    return invalid(
      'officeChannel',
      `办公电话/办公地点不超过${OFFICE_CHANNEL_MAX}个字`,
      `the office channel (phone / office) must be at most ${OFFICE_CHANNEL_MAX} characters`,
    );
  }
  if (channel !== null && /\p{Cc}/u.test(channel)) {
    return invalid(
      'officeChannel',
      '办公电话/办公地点须为一行文字，不能含换行或控制字符',
      'the office channel (phone / office) must be one line, without line breaks or control characters',
    );
  }
  if (command.superiorAccountId === command.accountId) {
    return underLiaisonRule(
      domainError(
        'validation',
        'own-superior',
        { zh: '领导干部不能是自己的上级', en: 'an official cannot be their own superior' },
        'superiorAccountId',
      ),
      'official-profile',
    );
  }
  return null;
};

/** The office channel as kept: trimmed, and null when none or blank. */
const officeChannelOf = (command: OfficialCommand): string | null => {
  const channel = command.officeChannel?.trim() ?? '';
  return channel === '' ? null : channel;
};

const profileOf = (command: OfficialCommand): OfficialProfile => ({
  accountId: command.accountId,
  name: command.name.trim(),
  unitId: command.unitId,
  superiorAccountId: command.superiorAccountId,
  officeChannel: officeChannelOf(command),
});

/** A change naming no jurisdiction keeps the recorded one (null: none recorded, the deployment's). */
const jurisdictionAfter = (
  command: ChangeOfficialProfile,
  state: Extract<OfficialState, { status: 'registered' }>,
): string | null => command.jurisdiction ?? state.jurisdiction;
const jurisdictionField = (jurisdiction: string | null): OfficialJurisdiction =>
  jurisdiction === null ? {} : { jurisdiction };

/**
 * An official's liaison profile: registered once by an administrator, then changed (a move, a new superior, a new
 * office channel).
 */
export const officialDecider: Decider<
  OfficialCommand,
  OfficialEvent,
  OfficialState,
  DomainError<OfficialErrorCode>
> = {
  initialState: () => ({ status: 'absent' }),
  evolve: (_state, event) => ({
    status: 'registered',
    accountId: event.data.accountId,
    name: event.data.name,
    unitId: event.data.unitId,
    superiorAccountId: event.data.superiorAccountId,
    jurisdiction: event.data.jurisdiction ?? null,
    officeChannel: event.data.officeChannel ?? null,
  }),
  decide: (command, state, { now }: DecisionContext) => {
    const problem = profileProblem(command);
    if (problem !== null) return reject(problem);
    const profile = profileOf(command);
    switch (command.type) {
      case 'RegisterOfficial':
        if (state.status !== 'absent') {
          return reject(
            domainError('conflict', 'official-exists', {
              zh: '该领导干部已登记',
              en: 'This official is registered already',
            }),
          );
        }
        return accept({
          type: 'OfficialRegistered',
          data: {
            ...profile,
            jurisdiction: command.jurisdiction,
            registeredBy: command.by,
            registeredAt: now.toISOString(),
          },
        });
      case 'ChangeOfficialProfile':
        if (state.status === 'absent') {
          return reject(
            domainError('not-found', 'official-not-found', {
              zh: '未登记该领导干部',
              en: 'No such official is registered',
            }),
          );
        }
        if (
          state.name === profile.name &&
          state.unitId === profile.unitId &&
          state.superiorAccountId === profile.superiorAccountId &&
          state.officeChannel === profile.officeChannel &&
          state.jurisdiction === jurisdictionAfter(command, state)
        ) {
          return reject(
            domainError('conflict', 'profile-unchanged', {
              zh: '登记信息未变化',
              en: 'Nothing in the profile changed',
            }),
          );
        }
        return accept({
          type: 'OfficialProfileChanged',
          data: {
            ...profile,
            ...jurisdictionField(jurisdictionAfter(command, state)),
            changedBy: command.by,
            changedAt: now.toISOString(),
          },
        });
    }
  },
};
