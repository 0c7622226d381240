import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';

/** Where a text comes from: the document's own title and clause, and a short English citation. */
export interface SourceCitation {
  readonly document: string;
  readonly clause: string;
  readonly en: string;
}

/** One forbidden act, with the words of its source (never paraphrased) and where it stands there. */
export interface NegativeListItem {
  /** Stable across versions while the text is unchanged: `<list code>.<item number>`, e.g. `K.5.5.3`. */
  readonly code: string;
  readonly text: string;
  readonly source: SourceCitation;
}

/** Whose conduct a list governs: the officials' (公职人员) or the enterprises' (企业及其负责人). */
export type NegativeListSubject = 'official' | 'enterprise';

/**
 * How much of the list its source spells out: `complete` when every item is in the source text; `partial` or
 * `named-only` when the source we hold (a news report) names the list and its size but not (all) its items.
 * Missing items are never made up: they are added in a later catalogue version from the full document.
 */
export type NegativeListCompleteness = 'complete' | 'partial' | 'named-only';

export interface NegativeList {
  readonly listId: string;
  readonly code: string;
  readonly subject: NegativeListSubject;
  /** The jurisdiction whose document it is (a preset others may adopt too). */
  readonly presetOf: 'kunshan' | 'jinjiang' | 'hengkou' | 'qingdao' | 'ningbo';
  readonly name: LocalizedMessage;
  readonly source: SourceCitation;
  /** How many items the source says the list has. */
  readonly declaredCount: number;
  readonly completeness: NegativeListCompleteness;
  readonly note?: LocalizedMessage;
  readonly items: readonly NegativeListItem[];
}

/** A published version of the whole catalogue; versions are only added, never edited. */
export interface NegativeListCatalogueVersion {
  readonly version: string;
  /** China-local date the version was published. */
  readonly publishedOn: string;
  readonly lists: readonly NegativeList[];
}
