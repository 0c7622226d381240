import { useEffect, useRef } from 'react';
import { echarts, type EChartsOption } from './echarts-setup';

export interface EChartViewProps {
  readonly option: EChartsOption;
  /** What the chart shows, read out by screen readers (the page also shows the figures in a table). */
  readonly description: string;
  readonly height: number;
}

/** One ECharts instance on a div: created once, given each new option, resized with its box, disposed on unmount. */
const EChartView = ({ option, description, height }: EChartViewProps) => {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="chart__canvas" role="img" aria-label={description} style={{ height }} />;
};

export default EChartView;
