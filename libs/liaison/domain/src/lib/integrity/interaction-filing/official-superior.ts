import {
  accept,
  type Decider,
  type DomainError,
  type DomainEvent,
  reject,
} from '@qinqing/shared/domain-kernel';
import { ruleError } from '../integrity-rules';

/**
 * An official's superior (上级), who approves their filings, as an administrator set it. Used when the filing
 * command does not carry the superior from the official's profile (the officials part of issue 13).
 */
export type OfficialSuperiorSet = DomainEvent<
  'OfficialSuperiorSet',
  { readonly accountId: string; readonly superiorId: string; readonly setBy: string; readonly setAt: string }
>;

export interface SetOfficialSuperior {
  readonly type: 'SetOfficialSuperior';
  readonly accountId: string;
  readonly superiorId: string;
  readonly setBy: string;
}

const PREFIX = 'liaison-official-superior-';
export const officialSuperiorStreamId = (accountId: string): string => `${PREFIX}${accountId}`;

export const officialSuperiorDecider: Decider<
  SetOfficialSuperior,
  OfficialSuperiorSet,
  { readonly superiorId: string | null },
  DomainError
> = {
  initialState: () => ({ superiorId: null }),
  evolve: (_state, event) => ({ superiorId: event.data.superiorId }),
  decide: (command, state, { now }) => {
    if (command.superiorId === command.accountId) {
      return reject(
        ruleError(
          'validation',
          'own-superior',
          'filing-approval',
          { zh: '上级不能是本人', en: 'An official is not their own superior' },
          { field: 'superiorId' },
        ),
      );
    }
    if (state.superiorId === command.superiorId) return accept();
    return accept({
      type: 'OfficialSuperiorSet',
      data: {
        accountId: command.accountId,
        superiorId: command.superiorId,
        setBy: command.setBy,
        setAt: now.toISOString(),
      },
    });
  },
};
