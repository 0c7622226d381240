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

/** Every event of a centre's queue set-up stream (one stream per centre). */
export type QueueSetupEvent = QueueServiceSet | QueueCounterSet;
