import { z } from 'zod';

export const calendarDateSchema = z.iso.date();
export const instantSchema = z.iso.datetime({ offset: true });

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
