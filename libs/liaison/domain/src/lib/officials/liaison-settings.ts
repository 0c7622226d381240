import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  type DomainEvent,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { type LiaisonSetting, underLiaisonRule } from './liaison-rules';

/** The jurisdiction's liaison settings: every number DOMAIN.md §1 marks *default*. */
export interface LiaisonSettings {
  /** Which preset the numbers came from, or `custom` after an administrator changed one by hand. */
  readonly preset: 'hengkou' | 'qingdao' | 'custom';
  /** Fewest enterprises an official should liaise with (below it the compliance view lists the official). */
  readonly minPairingsPerOfficial: number;
  /** Most active pairings of one official: a further pairing is refused. */
  readonly maxPairingsPerOfficial: number;
  /** Visits due per pairing and calendar year. */
  readonly visitsPerYear: number;
}

export const LIAISON_PRESETS = {
  /** 恒口 二(二): 1–2 enterprises, visits at least 3 times a year — the platform's default. */
  hengkou: { preset: 'hengkou', minPairingsPerOfficial: 1, maxPairingsPerOfficial: 2, visitsPerYear: 3 },
  /** 青岛 二(二): 1–2 enterprises, "一般每年不少于1次". */
  qingdao: { preset: 'qingdao', minPairingsPerOfficial: 1, maxPairingsPerOfficial: 2, visitsPerYear: 1 },
} as const satisfies Record<'hengkou' | 'qingdao', LiaisonSettings>;

export type LiaisonPreset = keyof typeof LIAISON_PRESETS;
export const LIAISON_PRESET_NAMES: readonly LiaisonPreset[] = ['hengkou', 'qingdao'];

export const DEFAULT_LIAISON_SETTINGS: LiaisonSettings = LIAISON_PRESETS.hengkou;

/** Bounds an administrator may set (a typo like 200 visits a year is refused, not recorded). */
export const LIAISON_SETTING_BOUNDS = {
  minPairingsPerOfficial: { min: 0, max: 10 },
  maxPairingsPerOfficial: { min: 1, max: 10 },
  visitsPerYear: { min: 1, max: 52 },
} as const satisfies Partial<Record<LiaisonSetting, { min: number; max: number }>>;

/** One deployment serves one jurisdiction (as appeals' policy): one settings stream. */
export const LIAISON_SETTINGS_STREAM_ID = 'liaison-settings';

export type LiaisonSettingsChanged = DomainEvent<
  'LiaisonSettingsChanged',
  {
    readonly settings: LiaisonSettings;
    readonly reason: string;
    readonly changedBy: string;
    readonly changedAt: string;
  }
>;
export type LiaisonSettingsEvent = LiaisonSettingsChanged;

export interface ChangeLiaisonSettings {
  readonly type: 'ChangeLiaisonSettings';
  /** Either a preset's numbers, or numbers of one's own (then `preset` becomes `custom`). */
  readonly settings: Omit<LiaisonSettings, 'preset'> | { readonly preset: LiaisonPreset };
  readonly reason: string;
  readonly by: string;
}
export type LiaisonSettingsCommand = ChangeLiaisonSettings;

export interface LiaisonSettingsState {
  readonly settings: LiaisonSettings;
  readonly version: number;
}

export type LiaisonSettingsErrorCode = 'invalid-setting' | 'reason-required' | 'settings-unchanged';

const invalid = (setting: keyof typeof LIAISON_SETTING_BOUNDS, zh: string, en: string) =>
  domainError<LiaisonSettingsErrorCode>('validation', 'invalid-setting', { zh, en }, `settings.${setting}`);

const resolve = (settings: ChangeLiaisonSettings['settings']): LiaisonSettings =>
  'preset' in settings ? LIAISON_PRESETS[settings.preset] : { preset: 'custom', ...settings };

const problemOf = (settings: LiaisonSettings): DomainError<LiaisonSettingsErrorCode> | null => {
  for (const name of Object.keys(LIAISON_SETTING_BOUNDS) as (keyof typeof LIAISON_SETTING_BOUNDS)[]) {
    const value = settings[name];
    const { min, max } = LIAISON_SETTING_BOUNDS[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      return invalid(name, `须为${min}至${max}之间的整数`, `must be a whole number from ${min} to ${max}`);
    }
  }
  if (settings.minPairingsPerOfficial > settings.maxPairingsPerOfficial) {
    return underLiaisonRule(
      invalid(
        'minPairingsPerOfficial',
        '联系企业数下限不能大于上限',
        'the fewest enterprises per official cannot exceed the most',
      ),
      'pairings-per-official',
      { name: 'maxPairingsPerOfficial', value: settings.maxPairingsPerOfficial },
    );
  }
  return null;
};

const sameNumbers = (a: LiaisonSettings, b: LiaisonSettings): boolean =>
  a.preset === b.preset &&
  a.minPairingsPerOfficial === b.minPairingsPerOfficial &&
  a.maxPairingsPerOfficial === b.maxPairingsPerOfficial &&
  a.visitsPerYear === b.visitsPerYear;

/**
 * The settings change only by an administrator's decision with a reason, recorded as an event; the defaults
 * (Hengkou's preset) hold until then. A change applies from the moment it is recorded: pairings beyond a
 * lowered maximum stay (they were within the rule when made) and show in the compliance view.
 */
export const liaisonSettingsDecider: Decider<
  LiaisonSettingsCommand,
  LiaisonSettingsEvent,
  LiaisonSettingsState,
  DomainError<LiaisonSettingsErrorCode>
> = {
  initialState: () => ({ settings: DEFAULT_LIAISON_SETTINGS, version: 0 }),
  evolve: (state, event) => ({ settings: event.data.settings, version: state.version + 1 }),
  decide: (
    command,
    state,
    { now }: DecisionContext,
  ): Decision<LiaisonSettingsEvent, DomainError<LiaisonSettingsErrorCode>> => {
    const reason = command.reason.trim();
    if (reason.length === 0 || [...reason].length > 500) {
      return reject(
        domainError(
          'validation',
          'reason-required',
          {
            zh: '请说明修改理由（不超过500字）',
            en: 'Give the reason for the change (at most 500 characters)',
          },
          'reason',
        ),
      );
    }
    const settings = resolve(command.settings);
    const problem = problemOf(settings);
    if (problem !== null) return reject(problem);
    if (state.version > 0 && sameNumbers(state.settings, settings)) {
      return reject(
        domainError('conflict', 'settings-unchanged', {
          zh: '设置与现行设置相同，无需修改',
          en: 'These are the settings in force already',
        }),
      );
    }
    return accept({
      type: 'LiaisonSettingsChanged',
      data: { settings, reason, changedBy: command.by, changedAt: now.toISOString() },
    });
  },
};
