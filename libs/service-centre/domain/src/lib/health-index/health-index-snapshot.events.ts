import type { HealthIndexFigures, IndicatorInputs } from './health-index.compute';
import type { HalfYear } from './half-year';

/** One area's part of a published snapshot: what was counted and what it scored. */
export interface AreaHealthIndex {
  /** GB/T 2260 county-level code, e.g. 330203 (海曙区). */
  readonly areaCode: string;
  readonly inputs: IndicatorInputs;
  readonly figures: HealthIndexFigures;
}

/**
 * The half year's 亲清健康指数 was published: every area's inputs and figures under one methodology version.
 * Immutable: a snapshot is never recomputed or edited, so what was announced stays what the log says.
 */
export interface HealthIndexPublished {
  readonly type: 'HealthIndexPublished';
  readonly data: {
    readonly period: HalfYear;
    readonly methodologyVersion: string;
    readonly publishedOn: string;
    readonly publishedBy: string;
    readonly areas: readonly AreaHealthIndex[];
  };
}

export type HealthIndexSnapshotEvent = HealthIndexPublished;
