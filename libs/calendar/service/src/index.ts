export * from './lib/calendar.module';
export * from './lib/calendar.service';
export * from './lib/calendar.views';
