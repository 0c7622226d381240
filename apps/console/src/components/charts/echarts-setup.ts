import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Apache ECharts, tree-shaken to what the console draws (bars and lines, with axes, tooltips, a legend and the
 * aria description) and the SVG renderer (crisp at any zoom, and the text stays text). Only the lazily loaded
 * chart view imports this, so no screen pays for it before it shows a chart.
 */
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export { echarts };
export type EChartsOption = echarts.EChartsCoreOption;
