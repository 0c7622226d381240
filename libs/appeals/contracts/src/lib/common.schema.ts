import { z } from 'zod';

/** Years the platform can meaningfully speak of; PostgreSQL refuses year 0, and nothing predates 1900. */
const plausibleYear = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2999;
};
const PLAUSIBLE_YEAR = '年份应在1900至2999之间 / The year must be between 1900 and 2999';

export const calendarDateSchema = z.iso.date().refine(plausibleYear, PLAUSIBLE_YEAR);
export const instantSchema = z.iso.datetime({ offset: true }).refine(plausibleYear, PLAUSIBLE_YEAR);

export const requestCategorySchema = z.enum([
  'policy',
  'approval-permits',
  'financing',
  'land-premises',
  'talent',
  'legal-rights',
  'market-order',
  'other',
]);

export const requestChannelSchema = z.enum([
  'kiosk',
  'staff-walk-in',
  'staff-phone',
  'liaison-visit',
  'online',
  'joint-meeting',
  'suggestion-box',
  'wechat',
]);

export const ratingSchema = z.enum([
  'very-satisfied',
  'satisfied',
  'fairly-satisfied',
  'dissatisfied',
  'very-dissatisfied',
]);

export const clockKindSchema = z.enum(['accept', 'reply', 'resolve', 'report-up', 'inform']);

/**
 * Every public appeals event names the request (also the CloudEvent subject and the Kafka key); consumers
 * join later events to the submission. Personal data (contact name, phone) never leaves the context.
 */
export const requestRefSchema = z.object({ requestId: z.string().min(1) });

/** Listed causes for pausing a request's clocks (the domain's PAUSE_CAUSES). */
export const pauseCauseSchema = z.enum([
  'enterprise-documents',
  'on-site-inspection',
  'expert-review',
  'third-party-assessment',
  'public-notice',
]);
