import { useMemo } from 'react';
import { Chart } from './Chart';
import { chartColours } from './chart-colours';

export interface Bar {
  readonly label: string;
  /** 0..1, or null when nothing was due (drawn as "no data", never as 0 %). */
  readonly value: number | null;
  /** e.g. "3/4". */
  readonly detail: string;
}

const ROW = 34;
const percent = (value: number): string => `${Math.round(value * 100)}%`;

/**
 * Horizontal bars of shares (0–100 %), one per row, each labelled with its value and detail ("80% (4/5)"); a
 * bar with no data is drawn empty and labelled so, never as 0 %. The page shows the same numbers in a table.
 */
export const BarChart = ({
  title,
  bars,
  noData,
  asPercent = true,
}: {
  readonly title: string;
  readonly bars: readonly Bar[];
  readonly noData: string;
  /** Label each bar "80% (4/5)"; false labels it with its detail alone (e.g. a score "47.9"). */
  readonly asPercent?: boolean;
}) => {
  const labels = useMemo(
    () =>
      bars.map((bar) =>
        bar.value === null ? noData : asPercent ? `${percent(bar.value)} (${bar.detail})` : bar.detail,
      ),
    [bars, noData, asPercent],
  );
  const option = useMemo(
    () => ({
      animation: false,
      color: [chartColours.brand],
      grid: { left: 8, right: 110, top: 4, bottom: 4, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, show: false },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((b) => b.label),
        axisTick: { show: false },
        axisLabel: { color: chartColours.ink, fontSize: 12 },
      },
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'bar',
          barMaxWidth: 20,
          showBackground: true,
          backgroundStyle: { color: chartColours.track },
          data: bars.map((b) => ({
            value: b.value === null ? 0 : Math.round(b.value * 1000) / 10,
            name: b.label,
          })),
          label: {
            show: true,
            position: 'right',
            color: chartColours.ink,
            fontSize: 12,
            formatter: ({ dataIndex }: { dataIndex: number }) => labels[dataIndex] ?? '',
          },
        },
      ],
    }),
    [bars, labels],
  );
  const description = bars.map((b, i) => `${b.label}: ${labels[i] ?? ''}`).join('; ');
  return (
    <Chart
      title={title}
      option={option}
      description={description}
      height={Math.max(bars.length, 1) * ROW + 12}
    />
  );
};
