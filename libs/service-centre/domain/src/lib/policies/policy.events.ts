import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { PolicyCriteria } from './policy-criteria';

/** A policy as the library shows it (政策库): the document, what it offers, and whom it is for. */
export interface PolicyDetails {
  readonly title: string;
  /** 发文机关. */
  readonly issuingBody: string;
  /** 文号, e.g. 甬政发〔2026〕12号. */
  readonly documentNumber: string;
  /** YYYY-MM-DD, China time. */
  readonly effectiveOn: string;
  /** Last day in force (YYYY-MM-DD), or null while in force without an end. */
  readonly expiresOn: string | null;
  readonly summary: string;
  readonly fullText: string;
  /** What the policy offers (subsidies, reductions, services), one line each. */
  readonly benefits: readonly string[];
  readonly criteria: PolicyCriteria;
}

export type PolicyDrafted = DomainEvent<
  'PolicyDrafted',
  {
    readonly policyId: string;
    readonly details: PolicyDetails;
    readonly draftedBy: string;
    readonly draftedAt: string;
  }
>;

export type PolicyEdited = DomainEvent<
  'PolicyEdited',
  {
    readonly policyId: string;
    readonly details: PolicyDetails;
    readonly editedBy: string;
    readonly editedAt: string;
  }
>;

/** Published: matched against the directory from now on, and pushed to the enterprises it matches. */
export type PolicyPublished = DomainEvent<
  'PolicyPublished',
  {
    readonly policyId: string;
    readonly details: PolicyDetails;
    readonly publishedBy: string;
    readonly publishedAt: string;
    /** The China-time date of publication: restrictions are checked on it. */
    readonly publishedOn: string;
  }
>;

export type PolicyWithdrawn = DomainEvent<
  'PolicyWithdrawn',
  {
    readonly policyId: string;
    readonly reason: string;
    readonly withdrawnBy: string;
    readonly withdrawnAt: string;
  }
>;

export type PolicyEvent = PolicyDrafted | PolicyEdited | PolicyPublished | PolicyWithdrawn;
