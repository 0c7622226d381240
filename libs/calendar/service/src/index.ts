export * from './lib/calendar.module';
export * from './lib/calendar.service';
export * from './lib/calendar.views';
export * from './lib/calendar-registry';
export * from './lib/integration/calendar-integration.mapper';
export * from './lib/replica/holiday-schedules.replica';
export * from './lib/replica/replicated-notices';
