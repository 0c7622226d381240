import { z } from 'zod';

/** Variables of the service-centre context, for every app that runs it (embedded and service-centre-service). */
export const serviceCentreEnv = {
  /**
   * Minutes a walk-in visit is assumed to take before a service has finished visits today: the estimated wait
   * (tickets ahead × mean service time ÷ open counters) uses it until there is a real mean.
   */
  QUEUE_DEFAULT_SERVICE_MINUTES: z.coerce.number().int().min(1).max(120).default(8),
};

/** What the module is mounted with. */
export interface ServiceCentreOptions {
  /** Seed the demo centres, policies and events (DEMO_DATA=true). */
  readonly demoData: boolean;
  readonly queue: { readonly defaultServiceMinutes: number };
}

export const SERVICE_CENTRE_OPTIONS = Symbol('SERVICE_CENTRE_OPTIONS');

export const serviceCentreOptionsOf = (config: {
  readonly DEMO_DATA: boolean;
  readonly QUEUE_DEFAULT_SERVICE_MINUTES: number;
}): ServiceCentreOptions => ({
  demoData: config.DEMO_DATA,
  queue: { defaultServiceMinutes: config.QUEUE_DEFAULT_SERVICE_MINUTES },
});
