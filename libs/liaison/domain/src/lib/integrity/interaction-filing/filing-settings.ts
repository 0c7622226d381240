import {
  accept,
  type Decider,
  type DomainError,
  type DomainEvent,
  reject,
} from '@qinqing/shared/domain-kernel';
import { JURISDICTION_PATTERN, ruleError } from '../integrity-rules';
import { ACTIVITY_KIND_KEYS, type ActivityKind } from './activity-kinds';

/** A jurisdiction's filing settings; every number is a *default* an administrator changes (issue 13). */
export interface FilingSettings {
  /** Working days after the event within which the official reports (default 5). */
  readonly reportWithinWorkingDays: number;
  /** The activity kinds officials may file for (default: all the sources allow). */
  readonly allowedKinds: readonly ActivityKind[];
}

export const DEFAULT_FILING_SETTINGS: FilingSettings = {
  reportWithinWorkingDays: 5,
  allowedKinds: ACTIVITY_KIND_KEYS,
};

export type FilingSettingsChanged = DomainEvent<
  'FilingSettingsChanged',
  {
    readonly jurisdiction: string;
    readonly settings: FilingSettings;
    readonly reason: string;
    readonly changedBy: string;
    readonly changedAt: string;
  }
>;

export interface ChangeFilingSettings {
  readonly type: 'ChangeFilingSettings';
  readonly jurisdiction: string;
  readonly settings: FilingSettings;
  readonly reason: string;
  readonly changedBy: string;
}

const STREAM_PREFIX = 'liaison-filing-settings-';
export const filingSettingsStreamId = (jurisdiction: string): string => `${STREAM_PREFIX}${jurisdiction}`;

const invalid = (field: string, zh: string, en: string) =>
  reject(ruleError('validation', 'invalid-filing-settings', 'filing-report', { zh, en }, { field }));

export const filingSettingsDecider: Decider<
  ChangeFilingSettings,
  FilingSettingsChanged,
  { readonly settings: FilingSettings },
  DomainError
> = {
  initialState: () => ({ settings: DEFAULT_FILING_SETTINGS }),
  evolve: (_state, event) => ({ settings: event.data.settings }),
  decide: (command, _state, { now }) => {
    const { settings } = command;
    if (!JURISDICTION_PATTERN.test(command.jurisdiction)) {
      return invalid(
        'jurisdiction',
        '辖区须为6位行政区划代码（GB/T 2260）',
        'A jurisdiction is a 6-digit GB/T 2260 division code',
      );
    }
    if (
      !Number.isInteger(settings.reportWithinWorkingDays) ||
      settings.reportWithinWorkingDays < 1 ||
      settings.reportWithinWorkingDays > 30
    ) {
      return invalid(
        'settings.reportWithinWorkingDays',
        '报告时限须为1至30之间的整数个工作日',
        'The report limit is a whole number of working days from 1 to 30',
      );
    }
    const kinds = [...new Set(settings.allowedKinds)];
    if (kinds.length === 0)
      return invalid('settings.allowedKinds', '请至少允许一类活动', 'Allow at least one kind');
    const unknown = kinds.findIndex((k) => !ACTIVITY_KIND_KEYS.includes(k));
    if (unknown >= 0)
      return invalid(`settings.allowedKinds.${unknown}`, '未知的活动类型', 'Unknown activity kind');
    if (command.reason.trim() === '')
      return invalid('reason', '请说明修改原因', 'Give the reason for the change');
    return accept({
      type: 'FilingSettingsChanged',
      data: {
        jurisdiction: command.jurisdiction,
        settings: { reportWithinWorkingDays: settings.reportWithinWorkingDays, allowedKinds: kinds },
        reason: command.reason.trim(),
        changedBy: command.changedBy,
        changedAt: now.toISOString(),
      },
    });
  },
};
