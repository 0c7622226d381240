import type { DomainEvent, LocalizedMessage } from '@qinqing/shared/domain-kernel';

/**
 * A service offered at a centre's walk-in queue (e.g. 诉求提交 filing a request, 政策咨询 policy consultation):
 * tickets of it are numbered with its one-letter prefix (A001, A002, …). Set again to rename or retire it.
 */
export type QueueServiceSet = DomainEvent<
  'QueueServiceSet',
  {
    readonly centreId: string;
    readonly serviceId: string;
    readonly name: LocalizedMessage;
    readonly prefix: string;
    readonly active: boolean;
    readonly setBy: string;
    readonly setAt: string;
  }
>;

/** A counter (窗口) of a centre, the services it calls tickets for, and whether it is open. */
export type QueueCounterSet = DomainEvent<
  'QueueCounterSet',
  {
    readonly centreId: string;
    readonly counterId: string;
    readonly name: LocalizedMessage;
    readonly serviceIds: readonly string[];
    readonly open: boolean;
    readonly setBy: string;
    readonly setAt: string;
  }
>;

/**
 * The centre's level (区/县, 镇/街道, 社区) and the county it serves (GB/T 2260, six digits): what the kiosk's
 * 亲清健康指数 and the index's queue figures are counted under.
 */
export type CentreAreaSet = DomainEvent<
  'CentreAreaSet',
  {
    readonly centreId: string;
    readonly level: CentreLevel;
    readonly areaCode: string;
    readonly setBy: string;
    readonly setAt: string;
  }
>;

export const CENTRE_LEVELS = ['district', 'town', 'community'] as const;
export type CentreLevel = (typeof CENTRE_LEVELS)[number];

/** Every event of a centre's queue set-up stream (one stream per centre). */
export type QueueSetupEvent = QueueServiceSet | QueueCounterSet | CentreAreaSet;
