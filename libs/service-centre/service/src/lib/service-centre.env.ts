/** Variables of the service-centre context, for every app that runs it (embedded and service-centre-service). */
export const serviceCentreEnv = {};

/** What the module is mounted with. */
export interface ServiceCentreOptions {
  /** Seed the demo centres, policies and events (DEMO_DATA=true). */
  readonly demoData: boolean;
}

export const SERVICE_CENTRE_OPTIONS = Symbol('SERVICE_CENTRE_OPTIONS');

export const serviceCentreOptionsOf = (config: { readonly DEMO_DATA: boolean }): ServiceCentreOptions => ({
  demoData: config.DEMO_DATA,
});
