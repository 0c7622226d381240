import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';
import type { SpecificRelation, TieKind } from './declarations.events';
import type { OfficialDeclarations } from './declarations.state';

/**
 * Jinjiang 四 (last paragraph): "可能存在利益冲突情形的，应当事先报告或者主动申请回避；应当回避而未回避的，应当根据规定
 * 直接作出回避决定". A conflict is a declared relation tied to the enterprise, or a recusal recorded for it.
 */
export type Conflict =
  | {
      readonly kind: 'declared-relation';
      readonly relationId: string;
      readonly relation: SpecificRelation;
      readonly tieKind: TieKind;
    }
  | { readonly kind: 'recusal-in-force'; readonly recusalId: string; readonly origin: 'self' | 'ordered' };

/**
 * The conflicts between one official and one enterprise (by 统一社会信用代码), from the declarations of any number of
 * officials. Pure: the pairing decider and filing approval ask it (appeals' request assignment decides on its
 * replica of the public conflict events). Empty: no conflict.
 */
export const conflictsBetween = (
  declarations: readonly OfficialDeclarations[],
  officialId: string,
  enterpriseCreditCode: string,
): readonly Conflict[] => {
  const code = enterpriseCreditCode.toUpperCase();
  return declarations
    .filter((d) => d.officialId === officialId)
    .flatMap((d): Conflict[] => [
      ...d.relations.flatMap((r) =>
        r.ties
          .filter((t) => t.creditCode.toUpperCase() === code)
          .map((t): Conflict => ({
            kind: 'declared-relation',
            relationId: r.relationId,
            relation: r.relation,
            tieKind: t.kind,
          })),
      ),
      ...d.recusals
        .filter((r) => r.enterpriseCreditCode.toUpperCase() === code)
        .map((r): Conflict => ({ kind: 'recusal-in-force', recusalId: r.recusalId, origin: r.origin })),
    ]);
};

export const RELATION_LABELS: Readonly<Record<SpecificRelation, LocalizedMessage>> = {
  spouse: { zh: '配偶', en: 'spouse' },
  child: { zh: '子女', en: 'child' },
  'child-spouse': { zh: '子女的配偶', en: "child's spouse" },
  'other-specific': { zh: '其他特定关系人', en: 'other specific-relation person' },
};

export const TIE_LABELS: Readonly<Record<TieKind, LocalizedMessage>> = {
  shareholding: { zh: '持股', en: 'shareholding' },
  position: { zh: '任职', en: 'position' },
  business: { zh: '经营往来', en: 'business dealings' },
};

/** The recusal needed, in words (no names, no ID numbers: the relation kind and tie only). */
export const recusalNeeded = (
  conflicts: readonly Conflict[],
  enterpriseCreditCode: string,
): LocalizedMessage => {
  const zh = conflicts.map((c) =>
    c.kind === 'declared-relation'
      ? `已申报的${RELATION_LABELS[c.relation].zh}与该企业存在${TIE_LABELS[c.tieKind].zh}关系`
      : c.origin === 'ordered'
        ? '已对该企业作出回避决定'
        : '本人已申请对该企业回避',
  );
  const en = conflicts.map((c) =>
    c.kind === 'declared-relation'
      ? `a declared ${RELATION_LABELS[c.relation].en} has ${TIE_LABELS[c.tieKind].en} with the enterprise`
      : c.origin === 'ordered'
        ? 'a recusal from the enterprise was ordered'
        : 'the official applied for recusal from the enterprise',
  );
  return {
    zh: `存在利益冲突（${zh.join('；')}），须对企业 ${enterpriseCreditCode} 回避，由其他干部承担`,
    en: `Conflict of interest (${en.join('; ')}): the official must recuse from enterprise ${enterpriseCreditCode}; another official takes it`,
  };
};
