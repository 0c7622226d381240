import { DEFAULT_ESCALATION_WORKING_DAYS } from '@qinqing/service-centre/domain';
import { z } from 'zod';

/** Variables of the service-centre context, for every app that runs it (embedded and service-centre-service). */
export const serviceCentreEnv = {
  /**
   * Minutes a walk-in visit is assumed to take before a service has finished visits today: the estimated wait
   * (tickets ahead × mean service time ÷ open counters) uses it until there is a real mean.
   */
  QUEUE_DEFAULT_SERVICE_MINUTES: z.coerce.number().int().min(1).max(120).default(8),
  /**
   * Working days to send a report about the head of the receiving body one level up (《纪检监察机关处理检举控告
   * 工作规则》第十五条: five).
   */
  SERVICE_CENTRE_REPORT_ESCALATION_WORKING_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30)
    .default(DEFAULT_ESCALATION_WORKING_DAYS),
  /**
   * How often the misconduct-report pass runs (enters the anonymous intake of days that have ended, in random
   * order, and flags overdue escalations); 0 turns the timer off.
   */
  SERVICE_CENTRE_REPORT_PASS_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  /**
   * Anonymous misconduct reports taken per minute by one process, from everyone together (each costs an
   * Argon2id hash and an intake row); past it, 503 with Retry-After until the next minute. Nothing per caller:
   * an anonymous report keeps nothing that could tell callers apart.
   */
  SERVICE_CENTRE_ANONYMOUS_REPORTS_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(30),
};

/** What the module is mounted with. */
export interface ServiceCentreOptions {
  /** Seed the demo centres, policies and events (DEMO_DATA=true). */
  readonly demoData: boolean;
  readonly queue: { readonly defaultServiceMinutes: number };
  readonly reportEscalationWorkingDays: number;
  readonly reportPassIntervalMs: number;
  readonly anonymousReportsPerMinute: number;
}

export const SERVICE_CENTRE_OPTIONS = Symbol('SERVICE_CENTRE_OPTIONS');

export const serviceCentreOptionsOf = (config: {
  readonly DEMO_DATA: boolean;
  readonly QUEUE_DEFAULT_SERVICE_MINUTES: number;
  readonly SERVICE_CENTRE_REPORT_ESCALATION_WORKING_DAYS: number;
  readonly SERVICE_CENTRE_REPORT_PASS_INTERVAL_MS: number;
  readonly SERVICE_CENTRE_ANONYMOUS_REPORTS_PER_MINUTE: number;
}): ServiceCentreOptions => ({
  demoData: config.DEMO_DATA,
  queue: { defaultServiceMinutes: config.QUEUE_DEFAULT_SERVICE_MINUTES },
  reportEscalationWorkingDays: config.SERVICE_CENTRE_REPORT_ESCALATION_WORKING_DAYS,
  reportPassIntervalMs: config.SERVICE_CENTRE_REPORT_PASS_INTERVAL_MS,
  anonymousReportsPerMinute: config.SERVICE_CENTRE_ANONYMOUS_REPORTS_PER_MINUTE,
});
