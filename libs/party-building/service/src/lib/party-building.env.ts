import {
  DEFAULT_ALERT_WORKING_DAYS,
  DEFAULT_TERM_YEARS,
  TERM_YEARS_RANGE,
  type TermYearsSetting,
} from '@qinqing/party-building/domain';
import { z } from 'zod';

const termYears = (fallback: number) =>
  z.coerce.number().int().min(TERM_YEARS_RANGE.min).max(TERM_YEARS_RANGE.max).default(fallback);

/** Variables of the party-building context, for every app that runs it (embedded and party-building-service). */
export const partyBuildingEnv = {
  /**
   * Working days party-building staff have to see a required party organisation set up once the counts call
   * for it (恒口 五(十二) "同步建立"; the deadline itself is this platform's setting).
   */
  PARTY_BUILDING_ALERT_WORKING_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(250)
    .default(DEFAULT_ALERT_WORKING_DAYS),
  /**
   * Default term lengths in years (《中国共产党章程》第三十一条: three to five; usually 5 for a primary committee and 3 otherwise, 《关于党的基层组织任期的意见》2018), for a branch (with or without a
   * committee), a general branch and a primary committee; a record may name its own within the range.
   */
  PARTY_BUILDING_TERM_YEARS_BRANCH: termYears(DEFAULT_TERM_YEARS.branch),
  PARTY_BUILDING_TERM_YEARS_GENERAL_BRANCH: termYears(DEFAULT_TERM_YEARS.generalBranch),
  PARTY_BUILDING_TERM_YEARS_PRIMARY_COMMITTEE: termYears(DEFAULT_TERM_YEARS.primaryCommittee),
  /** How often the alert and term-reminder scheduler passes; 0 turns the timer off. */
  PARTY_BUILDING_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
};

/** What the module is mounted with. */
export interface PartyBuildingOptions {
  readonly alertWorkingDays: number;
  readonly schedulerIntervalMs: number;
  readonly termYears: TermYearsSetting;
  /** Seed the demo organisations and an honours recommendation (DEMO_DATA=true). */
  readonly demoData: boolean;
}

export const PARTY_BUILDING_OPTIONS = Symbol('PARTY_BUILDING_OPTIONS');

export const partyBuildingOptionsOf = (config: {
  readonly PARTY_BUILDING_ALERT_WORKING_DAYS: number;
  readonly PARTY_BUILDING_SCHEDULER_INTERVAL_MS: number;
  readonly PARTY_BUILDING_TERM_YEARS_BRANCH: number;
  readonly PARTY_BUILDING_TERM_YEARS_GENERAL_BRANCH: number;
  readonly PARTY_BUILDING_TERM_YEARS_PRIMARY_COMMITTEE: number;
  readonly DEMO_DATA: boolean;
}): PartyBuildingOptions => ({
  alertWorkingDays: config.PARTY_BUILDING_ALERT_WORKING_DAYS,
  schedulerIntervalMs: config.PARTY_BUILDING_SCHEDULER_INTERVAL_MS,
  termYears: {
    branch: config.PARTY_BUILDING_TERM_YEARS_BRANCH,
    generalBranch: config.PARTY_BUILDING_TERM_YEARS_GENERAL_BRANCH,
    primaryCommittee: config.PARTY_BUILDING_TERM_YEARS_PRIMARY_COMMITTEE,
  },
  demoData: config.DEMO_DATA,
});
