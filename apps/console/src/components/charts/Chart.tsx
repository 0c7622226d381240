import { lazy, Suspense, useId } from 'react';
import type { EChartViewProps } from './EChartView';

const EChartView = lazy(() => import('./EChartView'));

/** A titled figure holding a lazily loaded ECharts view; until it loads, the box keeps its height. */
export const Chart = ({ title, ...view }: EChartViewProps & { readonly title: string }) => {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      <Suspense fallback={<div className="chart__canvas" style={{ height: view.height }} />}>
        <EChartView {...view} />
      </Suspense>
    </figure>
  );
};
