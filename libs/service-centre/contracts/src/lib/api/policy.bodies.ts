import { z } from 'zod';
import { pageLimit } from '@qinqing/shared/contracts-kit';
import type { LocalizedText } from '../localized-text';

/** The `limit` of every keyset-paged policy list: 1–100, 20 when absent. */
const limit = pageLimit({ defaultLimit: 20 });

const text = (max: number) => z.string().max(max);

/** `POST /api/service-centre/policies` and `PUT …/:policyId`: shapes only; the decider checks the values. */
export const policyDetailsBody = z.object({
  title: text(400),
  issuingBody: text(200),
  documentNumber: text(100),
  effectiveOn: text(20),
  expiresOn: text(20).nullable().default(null),
  summary: text(4_000).default(''),
  fullText: text(200_000).default(''),
  benefits: z.array(text(500)).max(40).default([]),
  criteria: z
    .object({
      industries: z.array(text(10)).max(100).default([]),
      sizes: z
        .array(z.enum(['large', 'medium', 'small', 'micro']))
        .max(4)
        .default([]),
      areas: z.array(text(12)).max(100).default([]),
      tags: z
        .array(z.enum(['key-backbone', 'four-new', 'high-growth', 'in-difficulty']))
        .max(4)
        .default([]),
    })
    .default({ industries: [], sizes: [], areas: [], tags: [] }),
});
export type PolicyDetailsBody = z.infer<typeof policyDetailsBody>;

export const withdrawPolicyBody = z.object({ reason: text(1_000) });
export type WithdrawPolicyBody = z.infer<typeof withdrawPolicyBody>;

const idCursor = z
  .string()
  .regex(/^[0-9a-f-]{1,40}$/u, 'after 须为上一页的 next 值 / after is the previous page’s next value')
  .optional();

/** Policies of the library, newest first; `q` searches title, summary and document number. */
export const listPoliciesQuery = z.object({
  q: text(100).optional(),
  status: z.enum(['draft', 'published', 'withdrawn', 'expired']).optional(),
  after: idCursor,
  limit,
});
export type ListPoliciesQuery = z.infer<typeof listPoliciesQuery>;

/** The staff call list of a published policy, by credit code; `excluded=true` lists those left out. */
export const callListQuery = z.object({
  excluded: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  after: z
    .string()
    .regex(/^[0-9A-Z]{18}$/u, 'after 须为上一页的 next 值 / after is the previous page’s next value')
    .optional(),
  limit,
});
export type CallListQuery = z.infer<typeof callListQuery>;

export const messageBoxQuery = z.object({ after: idCursor, limit });
export type MessageBoxQuery = z.infer<typeof messageBoxQuery>;

export type PolicyStatusView = 'draft' | 'published' | 'withdrawn' | 'expired';

export interface PolicyCriteriaView {
  readonly industries: readonly string[];
  readonly sizes: readonly string[];
  readonly areas: readonly string[];
  readonly tags: readonly string[];
}

export interface PolicySummaryView {
  readonly policyId: string;
  readonly title: string;
  readonly issuingBody: string;
  readonly documentNumber: string;
  readonly effectiveOn: string;
  readonly expiresOn: string | null;
  readonly summary: string;
  readonly benefits: readonly string[];
  readonly status: PolicyStatusView;
  readonly publishedOn: string | null;
}

export interface PolicyView extends PolicySummaryView {
  readonly fullText: string;
  readonly criteria: PolicyCriteriaView;
  readonly matched: number | null;
  readonly excluded: number | null;
}

export interface PolicyPage {
  readonly items: readonly PolicySummaryView[];
  readonly next: string | null;
}

/** A matching enterprise and why it matches ("制造业 C35 · 中型 · 海曙区 330203"). */
export interface PolicyMatchView {
  readonly creditCode: string;
  readonly name: string;
  readonly explanation: LocalizedText;
  /** Present when a credit restriction on policy benefits leaves it out: the record, and the rule. */
  readonly exclusion: {
    readonly documentNumber: string;
    readonly issuingAuthority: string;
    readonly endsOn: string;
    readonly reason: LocalizedText;
  } | null;
}

export interface PolicyPreview {
  readonly asOf: string;
  readonly matched: number;
  readonly excluded: number;
  readonly firstMatches: readonly PolicyMatchView[];
  readonly firstExclusions: readonly PolicyMatchView[];
}

export interface CallListPage {
  readonly items: readonly PolicyMatchView[];
  readonly next: string | null;
}

/** A policy in an enterprise's message box or its "policies for my enterprise", with why it applies. */
export interface MyPolicyView extends PolicySummaryView {
  readonly explanation: LocalizedText;
  readonly matchedAt: string;
}

export interface MyPoliciesPage {
  readonly creditCode: string;
  /** When a credit restriction on policy benefits is in force today: the record, and why nothing is offered. */
  readonly withheld: { readonly documentNumber: string; readonly reason: LocalizedText } | null;
  readonly items: readonly MyPolicyView[];
  readonly next: string | null;
}
