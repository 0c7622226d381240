import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { EnterpriseDetails, EnterpriseSize } from './enterprise.values';

/** An enterprise entered the directory: the first event of its stream (keyed by its credit code). */
export type EnterpriseRegistered = DomainEvent<
  'EnterpriseRegistered',
  EnterpriseDetails & {
    readonly creditCode: string;
    readonly size: EnterpriseSize;
    /** The staff member who registered it (actor id). */
    readonly registeredBy: string;
    /** ISO-8601 instant of the decision. */
    readonly registeredAt: string;
  }
>;

/** Some of its details were corrected: only the fields that changed, and the size class they now give. */
export type EnterpriseDetailsCorrected = DomainEvent<
  'EnterpriseDetailsCorrected',
  {
    readonly creditCode: string;
    readonly changes: Partial<EnterpriseDetails>;
    readonly size: EnterpriseSize;
    readonly correctedBy: string;
    readonly correctedAt: string;
  }
>;

/**
 * Every event of an enterprise stream. Private to the liaison context: what other contexts learn of them is
 * decided in one place, the integration mapper (the contact phone never leaves).
 */
export type EnterpriseEvent = EnterpriseRegistered | EnterpriseDetailsCorrected;
