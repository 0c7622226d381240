import { useId } from 'react';

export interface Bar {
  readonly label: string;
  /** 0..1, or null when nothing was due (drawn as "no data", never as 0 %). */
  readonly value: number | null;
  /** e.g. "3/4". */
  readonly detail: string;
}

const ROW = 30;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 260;
const VALUE_WIDTH = 110;

const percent = (value: number): string => `${Math.round(value * 100)}%`;

/**
 * A hand-rolled horizontal bar chart: every bar carries its label and value as text, the SVG is one image
 * with a title and description for screen readers, and the page shows the same numbers in a table.
 */
export const BarChart = ({
  title,
  bars,
  noData,
}: {
  readonly title: string;
  readonly bars: readonly Bar[];
  readonly noData: string;
}) => {
  const id = useId();
  const height = Math.max(bars.length, 1) * ROW + 10;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const description = bars
    .map((b) => `${b.label}: ${b.value === null ? noData : `${percent(b.value)} (${b.detail})`}`)
    .join('; ');
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, index) => {
          const y = index * ROW + 5;
          const length = bar.value === null ? 0 : Math.max(bar.value * BAR_WIDTH, bar.value > 0 ? 2 : 0);
          return (
            <g key={bar.label} aria-hidden="true">
              <text x={LABEL_WIDTH - 8} y={y + 15} textAnchor="end" className="chart__label">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 2} width={BAR_WIDTH} height={ROW - 10} className="chart__track" />
              <rect x={LABEL_WIDTH} y={y + 2} width={length} height={ROW - 10} className="chart__bar" />
              <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={y + 15} className="chart__value">
                {bar.value === null ? noData : `${percent(bar.value)} (${bar.detail})`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
};
