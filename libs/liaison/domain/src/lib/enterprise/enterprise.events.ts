import type { DomainEvent } from '@qinqing/shared/domain-kernel';

/** A enterprise was opened: the first event of its stream. */
export type EnterpriseOpened = DomainEvent<
  'EnterpriseOpened',
  {
    readonly enterpriseId: string;
    readonly title: string;
    /** The staff member who opened it (actor id). */
    readonly openedBy: string;
    /** ISO-8601 instant of the decision. */
    readonly openedAt: string;
  }
>;

/**
 * Every event of a enterprise stream. Private to the liaison context: what other contexts learn of them is
 * decided in one place, the integration mapper. Add an event here, fold it in `evolve`, decide it in `decide`.
 */
export type EnterpriseEvent = EnterpriseOpened;
