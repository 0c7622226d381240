import { DEFAULT_RESTRICTION_SETTINGS, type RestrictionSettings } from '@qinqing/credit/domain';

/** The jurisdiction's restriction settings (the set period of a bribery record); the default unless provided. */
export interface RestrictionSettingsProvider {
  current(): RestrictionSettings;
}

export const RESTRICTION_SETTINGS = Symbol('RESTRICTION_SETTINGS');

export const fixedRestrictionSettings = (
  settings: RestrictionSettings = DEFAULT_RESTRICTION_SETTINGS,
): RestrictionSettingsProvider => ({ current: () => settings });
