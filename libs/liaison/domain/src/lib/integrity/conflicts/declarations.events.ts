import type { DomainEvent } from '@qinqing/shared/domain-kernel';

/** 配偶、子女、子女的配偶、其他特定关系人 (Jinjiang 四, Kunshan 五(5)). */
export type SpecificRelation = 'spouse' | 'child' | 'child-spouse' | 'other-specific';
export const SPECIFIC_RELATIONS: readonly SpecificRelation[] = [
  'spouse',
  'child',
  'child-spouse',
  'other-specific',
];

/** 持股、任职、经营往来: what ties a relation to an enterprise. */
export type TieKind = 'shareholding' | 'position' | 'business';
export const TIE_KINDS: readonly TieKind[] = ['shareholding', 'position', 'business'];

export interface EnterpriseTie {
  /** 统一社会信用代码, normalised. */
  readonly creditCode: string;
  readonly kind: TieKind;
  readonly detail: string;
}

/**
 * A specific-relation person declared (or re-declared, replacing the earlier entry). The ID number is never
 * here in clear: a keyed hash for matching and the masked form people see.
 */
export type RelationDeclared = DomainEvent<
  'RelationDeclared',
  {
    readonly officialId: string;
    readonly relationId: string;
    readonly relation: SpecificRelation;
    readonly name: string;
    readonly idNumberHash: string;
    readonly idNumberMasked: string;
    readonly ties: readonly EnterpriseTie[];
    readonly declaredAt: string;
  }
>;

export type RelationWithdrawn = DomainEvent<
  'RelationWithdrawn',
  {
    readonly officialId: string;
    readonly relationId: string;
    readonly reason: string;
    readonly withdrawnAt: string;
  }
>;

/** 回避: the official applied for it (`self`), or a supervisor decided it where the official had not (`ordered`). */
export type RecusalRecorded = DomainEvent<
  'RecusalRecorded',
  {
    readonly officialId: string;
    readonly recusalId: string;
    readonly enterpriseCreditCode: string;
    readonly origin: 'self' | 'ordered';
    readonly decidedBy: string;
    readonly reason: string;
    readonly recordedAt: string;
  }
>;

export type DeclarationsEvent = RelationDeclared | RelationWithdrawn | RecusalRecorded;
