export * from './lib/calendar-events';
