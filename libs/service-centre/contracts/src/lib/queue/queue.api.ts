import { z } from 'zod';
import { pageLimit } from '@qinqing/shared/contracts-kit';
import type { LocalizedText } from '../localized-text';

const both = (zh: string, en: string) => `${zh} / ${en}`;

/** `POST /api/service-centre/queue/tickets` (kiosk): the kiosk's centre is the device's. */
export const takeTicketBody = z.object({
  serviceId: z.string().min(1, both('请选择服务', 'Choose a service')).max(40),
  priority: z
    .enum(['ordinary', 'elderly', 'appointment'], {
      message: both(
        'priority 须为 ordinary、elderly 或 appointment',
        'priority is ordinary, elderly or appointment',
      ),
    })
    .default('ordinary'),
});
export type TakeTicketBody = z.infer<typeof takeTicketBody>;

/** `POST /api/service-centre/queue/ratings`: the code printed on the ticket, and one to five stars. */
export const rateVisitBody = z.object({
  code: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9]{10}$/u,
      both('评价码为号票上的10位字母数字', 'The rating code is the 10 characters on the ticket'),
    ),
  rating: z
    .number({ message: both('评价为1至5星', 'A rating is one to five stars') })
    .int(both('评价为1至5星', 'A rating is one to five stars'))
    .min(1, both('评价为1至5星', 'A rating is one to five stars'))
    .max(5, both('评价为1至5星', 'A rating is one to five stars')),
});
export type RateVisitBody = z.infer<typeof rateVisitBody>;

const localized = z.object({ zh: z.string().max(200), en: z.string().max(200) });

/** `PUT /api/service-centre/queue/centres/{centreId}/services/{serviceId}`. */
export const setQueueServiceBody = z.object({
  name: localized,
  prefix: z.string().max(4),
  active: z.boolean().default(true),
});
export type SetQueueServiceBody = z.infer<typeof setQueueServiceBody>;

/** `PUT /api/service-centre/queue/centres/{centreId}/counters/{counterId}`. */
export const setQueueCounterBody = z.object({
  name: localized,
  serviceIds: z.array(z.string().max(40)).max(26),
  open: z.boolean().default(true),
});
export type SetQueueCounterBody = z.infer<typeof setQueueCounterBody>;

/** `POST …/counters/{counterId}/transfer`. */
export const transferTicketBody = z.object({ toCounterId: z.string().min(1).max(40) });
export type TransferTicketBody = z.infer<typeof transferTicketBody>;

/** `POST …/tickets/{ticketId}/outcomes`: what the visit produced. */
export const linkVisitOutcomeBody = z.object({
  kind: z.enum(['request', 'objection', 'repair', 'registration'], {
    message: both(
      'kind 须为 request、objection、repair 或 registration',
      'kind is request, objection, repair or registration',
    ),
  }),
  refId: z.string().max(80),
});
export type LinkVisitOutcomeBody = z.infer<typeof linkVisitOutcomeBody>;

/** `GET …/visits?day=&after=&limit=`: a day's visits with what they produced, keyset by ticket number. */
export const listVisitsQuery = z.object({
  day: z.iso.date(both('day 须为日期 YYYY-MM-DD', 'day is a date YYYY-MM-DD')).optional(),
  after: z
    .string()
    .regex(/^[A-Z]\d{3}$/u, both('after 须为上一页的 next 值', 'after is the previous page’s next value'))
    .optional(),
  limit: pageLimit({ defaultLimit: 50 }),
});
export type ListVisitsQuery = z.infer<typeof listVisitsQuery>;

/** `GET /api/service-centre/queue/stats?centreId=`. */
export const queueStatsQuery = z.object({
  centreId: z.string().min(1).max(80).optional(),
});
export type QueueStatsQuery = z.infer<typeof queueStatsQuery>;

export interface TicketAnswer {
  readonly ticketId: string;
  readonly number: string;
  readonly code: string;
  readonly service: LocalizedText;
  readonly centre: LocalizedText;
  readonly priority: 'ordinary' | 'elderly' | 'appointment';
  readonly waitingAhead: number;
  readonly estimatedWaitMinutes: number | null;
  readonly takenAt: string;
}

/** A centre's level and the county it serves (GB/T 2260). */
export const setCentreAreaBody = z.object({
  level: z.enum(['district', 'town', 'community'], {
    message: 'level 须为 district、town 或 community / level must be district, town or community',
  }),
  areaCode: z.string().regex(/^\d{6}$/u, {
    message: 'areaCode 须为6位区县代码 / areaCode must be a six-digit county code (GB/T 2260)',
  }),
});
export type SetCentreAreaBody = z.infer<typeof setCentreAreaBody>;

export interface QueueSetupView {
  readonly centreId: string;
  readonly centre: LocalizedText;
  /** The centre's level and county (and the county's name), once set. */
  readonly area: {
    readonly level: 'district' | 'town' | 'community';
    readonly areaCode: string;
    readonly areaName: string | null;
  } | null;
  readonly services: readonly {
    readonly serviceId: string;
    readonly name: LocalizedText;
    readonly prefix: string;
    readonly active: boolean;
    readonly waiting: number;
    readonly estimatedWaitMinutes: number | null;
  }[];
  readonly counters: readonly {
    readonly counterId: string;
    readonly name: LocalizedText;
    readonly serviceIds: readonly string[];
    readonly open: boolean;
  }[];
}

export interface CounterView {
  readonly centreId: string;
  readonly counterId: string;
  readonly name: LocalizedText;
  readonly open: boolean;
  readonly waiting: number;
  readonly current: {
    readonly ticketId: string;
    readonly number: string;
    readonly serviceId: string;
    readonly priority: 'ordinary' | 'elderly' | 'appointment';
    readonly status: 'called' | 'serving';
    readonly calledAt: string | null;
    readonly transferred: boolean;
  } | null;
  /** Finished today at this centre and not yet linked to anything, newest first (at most five). */
  readonly recentlyFinished: readonly { readonly ticketId: string; readonly number: string }[];
}

export interface VisitView {
  readonly ticketId: string;
  readonly number: string;
  readonly serviceId: string;
  readonly priority: 'ordinary' | 'elderly' | 'appointment';
  readonly status: 'waiting' | 'called' | 'serving' | 'finished' | 'no-show';
  readonly takenAt: string;
  readonly waitedSeconds: number | null;
  readonly servedSeconds: number | null;
  readonly rating: number | null;
  readonly outcomes: readonly { readonly kind: string; readonly refId: string; readonly verified: boolean }[];
}

export interface VisitPage {
  readonly items: readonly VisitView[];
  readonly next: string | null;
}

export interface QueueTimeFigures {
  readonly serviceId: string;
  readonly hour: number;
  readonly visits: number;
  readonly meanWaitSeconds: number;
  readonly p90WaitSeconds: number;
  readonly meanServiceSeconds: number;
  readonly p90ServiceSeconds: number;
  readonly noShows: number;
  readonly ratings: number;
  readonly meanRating: number | null;
}

export interface QueueStatsAnswer {
  readonly centreId: string | null;
  readonly rows: readonly (QueueTimeFigures & { readonly centreId: string })[];
}
