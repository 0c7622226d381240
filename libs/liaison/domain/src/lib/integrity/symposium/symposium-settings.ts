import {
  accept,
  type Decider,
  type DomainError,
  type DomainEvent,
  reject,
} from '@qinqing/shared/domain-kernel';
import { ruleError } from '../integrity-rules';

/**
 * How often a jurisdiction holds symposia with enterprises and chambers: Qingdao 二(一) "每半年至少召开1次座谈会"
 * (the default), Hengkou 二(一) "每年至少召开3次座谈会".
 */
export interface SymposiumSettings {
  readonly period: 'half-year' | 'year';
  readonly minimumPerPeriod: number;
}

export const SYMPOSIUM_PRESETS = {
  qingdao: { period: 'half-year', minimumPerPeriod: 1 },
  hengkou: { period: 'year', minimumPerPeriod: 3 },
} as const satisfies Record<string, SymposiumSettings>;

export const DEFAULT_SYMPOSIUM_SETTINGS: SymposiumSettings = SYMPOSIUM_PRESETS.qingdao;

export type SymposiumSettingsChanged = DomainEvent<
  'SymposiumSettingsChanged',
  {
    readonly jurisdiction: string;
    readonly settings: SymposiumSettings;
    readonly reason: string;
    readonly changedBy: string;
    readonly changedAt: string;
  }
>;

export interface ChangeSymposiumSettings {
  readonly type: 'ChangeSymposiumSettings';
  readonly jurisdiction: string;
  readonly settings: SymposiumSettings;
  readonly reason: string;
  readonly changedBy: string;
}

const PREFIX = 'liaison-symposium-settings-';
export const symposiumSettingsStreamId = (jurisdiction: string): string => `${PREFIX}${jurisdiction}`;

export const symposiumSettingsDecider: Decider<
  ChangeSymposiumSettings,
  SymposiumSettingsChanged,
  { readonly settings: SymposiumSettings },
  DomainError
> = {
  initialState: () => ({ settings: DEFAULT_SYMPOSIUM_SETTINGS }),
  evolve: (_state, event) => ({ settings: event.data.settings }),
  decide: (command, _state, { now }) => {
    const { settings } = command;
    if (
      !Number.isInteger(settings.minimumPerPeriod) ||
      settings.minimumPerPeriod < 1 ||
      settings.minimumPerPeriod > 12
    ) {
      return reject(
        ruleError(
          'validation',
          'invalid-symposium-settings',
          'symposia',
          { zh: '每期最少次数须为1至12的整数', en: 'The minimum per period is a whole number from 1 to 12' },
          { field: 'minimumPerPeriod' },
        ),
      );
    }
    if (command.reason.trim() === '') {
      return reject(
        ruleError(
          'validation',
          'invalid-symposium-settings',
          'symposia',
          { zh: '请说明修改原因', en: 'Give the reason' },
          { field: 'reason' },
        ),
      );
    }
    return accept({
      type: 'SymposiumSettingsChanged',
      data: {
        jurisdiction: command.jurisdiction,
        settings: { period: settings.period, minimumPerPeriod: settings.minimumPerPeriod },
        reason: command.reason.trim(),
        changedBy: command.changedBy,
        changedAt: now.toISOString(),
      },
    });
  },
};

export interface PeriodCompliance {
  /** `2026-H1`, `2026-H2` or `2026`. */
  readonly period: string;
  readonly held: number;
  readonly minimum: number;
  readonly met: boolean;
}

/** Symposia held (by China-local date) against the minimum, for each period of a year. */
export const symposiumCompliance = (
  settings: SymposiumSettings,
  year: number,
  heldDates: readonly string[],
): readonly PeriodCompliance[] => {
  const inYear = heldDates.filter((d) => d.startsWith(`${year}-`));
  const periods =
    settings.period === 'year'
      ? [{ period: `${year}`, held: inYear.length }]
      : [
          { period: `${year}-H1`, held: inYear.filter((d) => Number(d.slice(5, 7)) <= 6).length },
          { period: `${year}-H2`, held: inYear.filter((d) => Number(d.slice(5, 7)) > 6).length },
        ];
  return periods.map((p) => ({
    ...p,
    minimum: settings.minimumPerPeriod,
    met: p.held >= settings.minimumPerPeriod,
  }));
};
