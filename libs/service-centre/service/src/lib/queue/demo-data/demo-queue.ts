import type { TicketPriority } from '@qinqing/service-centre/domain';

/** The services of the demo centres' walk-in queue (the issue's list), with their ticket prefixes. */
export const DEMO_QUEUE_SERVICES = [
  { serviceId: 'filing', name: { zh: '诉求提交', en: 'Filing a request' }, prefix: 'A' },
  { serviceId: 'policy', name: { zh: '政策咨询', en: 'Policy consultation' }, prefix: 'B' },
  { serviceId: 'mediation', name: { zh: '矛盾调解', en: 'Dispute mediation' }, prefix: 'C' },
  { serviceId: 'credit', name: { zh: '信用异议与修复', en: 'Credit objection and repair' }, prefix: 'D' },
  { serviceId: 'party-building', name: { zh: '党建服务', en: 'Party-building help' }, prefix: 'E' },
] as const;

export const DEMO_QUEUE_COUNTERS = [
  {
    counterId: 'counter-1',
    name: { zh: '1号窗口', en: 'Counter 1' },
    serviceIds: ['filing', 'policy'],
    open: true,
  },
  {
    counterId: 'counter-2',
    name: { zh: '2号窗口', en: 'Counter 2' },
    serviceIds: ['filing', 'credit'],
    open: true,
  },
  {
    counterId: 'counter-3',
    name: { zh: '3号窗口', en: 'Counter 3' },
    serviceIds: ['mediation', 'party-building'],
    open: true,
  },
  {
    counterId: 'counter-4',
    name: { zh: '4号窗口', en: 'Counter 4' },
    serviceIds: ['policy', 'credit', 'party-building'],
    open: false,
  },
] as const;

/** Yesterday's visits at the first demo centre, so the manager's dashboard has figures: minutes after 09:00. */
export const DEMO_YESTERDAY_VISITS: readonly {
  readonly serviceId: string;
  readonly priority: TicketPriority;
  readonly takenAt: number;
  readonly waited: number;
  readonly served: number;
  readonly rating: number | null;
}[] = [
  { serviceId: 'filing', priority: 'ordinary', takenAt: 5, waited: 4, served: 12, rating: 5 },
  { serviceId: 'filing', priority: 'elderly', takenAt: 20, waited: 2, served: 15, rating: 4 },
  { serviceId: 'policy', priority: 'ordinary', takenAt: 50, waited: 9, served: 7, rating: null },
  { serviceId: 'credit', priority: 'appointment', takenAt: 95, waited: 1, served: 20, rating: 5 },
  { serviceId: 'mediation', priority: 'ordinary', takenAt: 130, waited: 6, served: 35, rating: 3 },
  { serviceId: 'filing', priority: 'ordinary', takenAt: 300, waited: 11, served: 9, rating: 4 },
];
