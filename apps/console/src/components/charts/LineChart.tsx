import { useMemo } from 'react';
import { Chart } from './Chart';
import { chartColours } from './chart-colours';

export interface LineSeries {
  readonly name: string;
  /** One value per category; null where there is none (a gap, never 0). */
  readonly values: readonly (number | null)[];
}

const PALETTE = [chartColours.brand, chartColours.link, chartColours.ok, chartColours.muted];

/** Lines over ordered categories (e.g. half years) on a fixed 0–100 scale, with a legend and a tooltip. */
export const LineChart = ({
  title,
  categories,
  series,
}: {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly LineSeries[];
}) => {
  const option = useMemo(
    () => ({
      animation: false,
      color: PALETTE,
      legend: { top: 0, textStyle: { color: chartColours.ink } },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: [...categories], axisLabel: { color: chartColours.ink } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: chartColours.ink } },
      series: series.map((s) => ({
        name: s.name,
        type: 'line',
        connectNulls: false,
        symbolSize: 8,
        data: [...s.values],
        label: { show: true, color: chartColours.ink },
      })),
    }),
    [categories, series],
  );
  const description = series
    .map((s) => `${s.name}: ${categories.map((c, i) => `${c} ${s.values[i] ?? '—'}`).join(', ')}`)
    .join('; ');
  return <Chart title={title} option={option} description={description} height={280} />;
};
