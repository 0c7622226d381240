import type { DomainEvent } from '@qinqing/shared/domain-kernel';

/** A record was opened: the first event of its stream. */
export type RecordOpened = DomainEvent<
  'RecordOpened',
  {
    readonly recordId: string;
    readonly title: string;
    /** The staff member who opened it (actor id). */
    readonly openedBy: string;
    /** ISO-8601 instant of the decision. */
    readonly openedAt: string;
  }
>;

/**
 * Every event of a record stream. Private to the credit context: what other contexts learn of them is
 * decided in one place, the integration mapper. Add an event here, fold it in `evolve`, decide it in `decide`.
 */
export type RecordEvent = RecordOpened;
