import {
  DIMENSION_ASPECT,
  type HealthIndexAspect,
  type HealthIndexDimension,
  type HealthIndexMethodology,
  type IndicatorDefinition,
  type IndicatorId,
} from './health-index.methodology';

/** What the public events gave for one indicator in one area and half year. */
export interface IndicatorInput {
  /** Observations meeting the indicator (a share), the sum (a mean) or the count itself. */
  readonly numerator: number;
  /** Observations counted (a share or mean), the area's enterprises (per thousand), 1 for a count. */
  readonly base: number;
}

export type IndicatorInputs = Readonly<Partial<Record<IndicatorId, IndicatorInput>>>;

export interface IndicatorFigure {
  readonly id: IndicatorId;
  /** The figure (share, mean, per thousand or count), or null when the base is below the minimum. */
  readonly value: number | null;
  readonly score: number | null;
  readonly numerator: number;
  readonly base: number;
}

/** One area's index for one half year; scores 0–100 with one decimal, null where nothing was measurable. */
export interface HealthIndexFigures {
  readonly total: number | null;
  readonly aspects: Readonly<Record<HealthIndexAspect, number | null>>;
  readonly dimensions: Readonly<Record<HealthIndexDimension, number | null>>;
  readonly indicators: readonly IndicatorFigure[];
}

const valueOf = (definition: IndicatorDefinition, input: IndicatorInput): number | null => {
  if (input.base < definition.minimumBase || input.base <= 0) return null;
  switch (definition.measure) {
    case 'share':
    case 'mean':
      return input.numerator / input.base;
    case 'per-thousand':
      return (input.numerator * 1000) / input.base;
    case 'count':
      return input.numerator;
  }
};

/** Linear between the anchors, clamped: the worst figure or beyond scores 0, the best or beyond 100. */
export const scoreOf = (definition: IndicatorDefinition, value: number): number => {
  const position = (value - definition.worst) / (definition.best - definition.worst);
  return Math.min(1, Math.max(0, position)) * 100;
};

/** A weighted mean over the parts that were measurable; null when none was. */
const weightedMean = (parts: readonly { readonly score: number | null; readonly weight: number }[]) => {
  let sum = 0;
  let weights = 0;
  for (const { score, weight } of parts) {
    if (score === null) continue;
    sum += score * weight;
    weights += weight;
  }
  return weights === 0 ? null : sum / weights;
};

const oneDecimal = (score: number | null): number | null =>
  score === null ? null : Math.round(score * 10) / 10;

/**
 * The index of one area and half year. An indicator without enough observations is left out and the weights of
 * the others in its dimension count in full (likewise for a dimension or an aspect), so a small area is not
 * scored 0 for what it had no occasion to do; the snapshot shows which were left out. Rounding happens once, on
 * the way out, so the figures are the same however often they are computed.
 */
export const computeHealthIndex = (
  methodology: HealthIndexMethodology,
  inputs: IndicatorInputs,
): HealthIndexFigures => {
  const indicators = methodology.indicators.map((definition): IndicatorFigure & { raw: number | null } => {
    const input = inputs[definition.id] ?? { numerator: 0, base: 0 };
    const value = valueOf(definition, input);
    const raw = value === null ? null : scoreOf(definition, value);
    return { id: definition.id, value, score: oneDecimal(raw), raw, ...input };
  });
  const dimensionIds = Object.keys(methodology.dimensionWeights) as HealthIndexDimension[];
  const dimensions = Object.fromEntries(
    dimensionIds.map((dimension) => [
      dimension,
      weightedMean(
        methodology.indicators
          .map((definition, i) => ({ definition, raw: indicators[i]?.raw ?? null }))
          .filter(({ definition }) => definition.dimension === dimension)
          .map(({ definition, raw }) => ({ score: raw, weight: definition.weight })),
      ),
    ]),
  ) as Record<HealthIndexDimension, number | null>;
  const aspectIds = Object.keys(methodology.aspectWeights) as HealthIndexAspect[];
  const aspects = Object.fromEntries(
    aspectIds.map((aspect) => [
      aspect,
      weightedMean(
        dimensionIds
          .filter((dimension) => DIMENSION_ASPECT[dimension] === aspect)
          .map((dimension) => ({
            score: dimensions[dimension],
            weight: methodology.dimensionWeights[dimension],
          })),
      ),
    ]),
  ) as Record<HealthIndexAspect, number | null>;
  const total = weightedMean(
    aspectIds.map((aspect) => ({ score: aspects[aspect], weight: methodology.aspectWeights[aspect] })),
  );
  return {
    total: oneDecimal(total),
    aspects: Object.fromEntries(aspectIds.map((a) => [a, oneDecimal(aspects[a])])) as Record<
      HealthIndexAspect,
      number | null
    >,
    dimensions: Object.fromEntries(dimensionIds.map((d) => [d, oneDecimal(dimensions[d])])) as Record<
      HealthIndexDimension,
      number | null
    >,
    indicators: indicators.map(({ raw: _raw, ...figure }) => figure),
  };
};
