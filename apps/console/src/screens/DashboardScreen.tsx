import { ratesQuery } from '@qinqing/appeals/contracts';
import { CLOCK_KINDS } from '@qinqing/appeals/domain';
import { useState } from 'react';
import { queryString } from '../api/apiClient';
import type { DepartmentRates, Rate, RatesAnswer } from '../api/types';
import { useApiData } from '../api/useApiData';
import { validateWith } from '../api/validation';
import { useDepartments } from '../api/useDepartments';
import { BarChart } from '../components/charts/BarChart';
import { CLOCK_NAMES } from '../components/ClockBadge';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField, TextField } from '../components/FormField';
import { useText } from '../i18n/useText';
import { RequestStatsPanel } from './RequestStatsPanel';

type Period = 'month' | 'quarter' | 'year' | 'custom';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Today in China (the platform's calendar), whatever the browser's zone. */
const chinaToday = (): { y: number; m: number } => {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(new Date())
    .split('-');
  return { y: Number(y), m: Number(m) };
};

export const periodRange = (period: Exclude<Period, 'custom'>): { from: string; to: string } => {
  const { y, m } = chinaToday();
  if (period === 'month') return { from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)) };
  if (period === 'quarter') {
    const first = Math.floor((m - 1) / 3) * 3 + 1;
    return { from: iso(y, first, 1), to: iso(y, first + 2, lastDay(y, first + 2)) };
  }
  return { from: iso(y, 1, 1), to: iso(y, 12, 31) };
};

/** All clocks together: on time over settled. */
const onTimeOverall = (d: DepartmentRates): Rate => {
  const rates = Object.values(d.onTimeRate);
  const numerator = rates.reduce((s, r) => s + r.numerator, 0);
  const denominator = rates.reduce((s, r) => s + r.denominator, 0);
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
};

const show = (rate: Rate | undefined) =>
  rate === undefined || rate.value === null
    ? '—'
    : `${Math.round(rate.value * 100)}% (${rate.numerator}/${rate.denominator})`;

/** 企业评议政府部门: response, on-time, resolution and satisfaction rates per department and period. */
export const DashboardScreen = () => {
  const { t, tr } = useText();
  const departments = useDepartments();
  const [period, setPeriod] = useState<Period>('year');
  const [custom, setCustom] = useState(() => periodRange('month'));
  const [departmentId, setDepartmentId] = useState('');
  const range = period === 'custom' ? custom : periodRange(period);
  // The period is checked with the API's own query schema before asking.
  const rangeErrors = validateWith(ratesQuery, range);
  const rangeValid = Object.keys(rangeErrors).length === 0;
  const { data } = useApiData<RatesAnswer>(
    rangeValid ? `/appeals/rates${queryString({ ...range, departmentId })}` : null,
  );
  const noData = tr('无数据', 'no data');

  const chart = (title: string, pick: (d: DepartmentRates) => Rate) =>
    data.status === 'ready' ? (
      <BarChart
        title={title}
        noData={noData}
        bars={data.data.departments.map((d) => {
          const rate = pick(d);
          return { label: t(d.name), value: rate.value, detail: `${rate.numerator}/${rate.denominator}` };
        })}
      />
    ) : null;

  return (
    <>
      <form className="filters" aria-label={tr('统计周期', 'Period')} onSubmit={(e) => e.preventDefault()}>
        <fieldset className="period">
          <legend>{tr('统计周期', 'Period')}</legend>
          {(
            [
              ['month', '本月', 'This month'],
              ['quarter', '本季度', 'This quarter'],
              ['year', '本年', 'This year'],
              ['custom', '自定义', 'Custom'],
            ] as const
          ).map(([value, zh, en]) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="period"
                value={value}
                checked={period === value}
                onChange={() => setPeriod(value)}
              />
              {tr(zh, en)}
            </label>
          ))}
        </fieldset>
        {period === 'custom' ? (
          <>
            <TextField
              id="period-from"
              type="date"
              label={tr('起始日期', 'From')}
              value={custom.from}
              onChange={(from) => setCustom((c) => ({ ...c, from }))}
              error={rangeErrors['from'] ?? null}
            />
            <TextField
              id="period-to"
              type="date"
              label={tr('结束日期', 'To')}
              value={custom.to}
              onChange={(to) => setCustom((c) => ({ ...c, to }))}
              error={rangeErrors['to'] ?? (data.status === 'error' ? data.error.messageFor('to') : null)}
            />
          </>
        ) : null}
        <SelectField
          id="rates-department"
          label={tr('部门', 'Department')}
          value={departmentId}
          onChange={setDepartmentId}
          options={[
            { value: '', label: tr('全部部门', 'All departments') },
            ...departments.map((d) => ({ value: d.unitId, label: t(d.name) })),
          ]}
        />
      </form>
      <p className="muted" role="status">
        {range.from} — {range.to}
      </p>
      {rangeValid ? (
        <p>
          <a
            className="button button--quiet"
            href={`/api/appeals/rates.csv${queryString({ ...range, departmentId })}`}
            download
          >
            {tr('导出 CSV', 'Export CSV')}
          </a>
        </p>
      ) : null}
      {data.status === 'error' && data.error.messageFor('to') === null ? (
        <ErrorNotice error={data.error} />
      ) : null}
      {!rangeValid ? null : (
        <>
          {data.status === 'ready' && data.data.departments.length === 0 ? (
            <p>{tr('该周期内没有数据。', 'Nothing happened in this period.')}</p>
          ) : null}
          {data.status === 'ready' && data.data.departments.length > 0 ? (
            <>
              <div className="charts">
                {chart(tr('响应率', 'Response rate'), (d) => d.responseRate)}
                {chart(tr('按时率（全部时限）', 'On-time rate (all clocks)'), onTimeOverall)}
                {chart(tr('解决率', 'Resolution rate'), (d) => d.resolutionRate)}
                {chart(tr('满意率', 'Satisfaction rate'), (d) => d.satisfactionRate)}
              </div>
              <div className="table-wrap">
                <table className="rates">
                  <caption>{tr('各部门评议数据', 'Rates per department')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{tr('部门', 'Department')}</th>
                      <th scope="col">{tr('受理数', 'Received')}</th>
                      <th scope="col">{tr('响应率', 'Response')}</th>
                      {CLOCK_KINDS.map((c) => (
                        <th scope="col" key={c}>
                          {tr('按时率', 'On time')}·{t(CLOCK_NAMES[c])}
                        </th>
                      ))}
                      <th scope="col">{tr('解决率', 'Resolution')}</th>
                      <th scope="col">{tr('核减数', 'Excluded (核减)')}</th>
                      <th scope="col">{tr('满意率（回访）', 'Satisfaction (callback)')}</th>
                      <th scope="col">{tr('满意率（企业自评）', 'Satisfaction (self-given)')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.data.departments.map((d) => (
                      <tr key={d.unitId}>
                        <th scope="row">{t(d.name)}</th>
                        <td>{d.received}</td>
                        <td>{show(d.responseRate)}</td>
                        {CLOCK_KINDS.map((c) => (
                          <td key={c}>{show(d.onTimeRate[c])}</td>
                        ))}
                        <td>{show(d.resolutionRate)}</td>
                        <td>{d.excludedFromResolution}</td>
                        <td>{show(d.callbackSatisfactionRate)}</td>
                        <td>{show(d.satisfactionRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </>
      )}
      <RequestStatsPanel />
    </>
  );
};
