import type {
  HealthIndexAreaView,
  HealthIndexPage,
  HealthIndexPeriodView,
} from '@qinqing/service-centre/contracts';
import { type FormEvent, useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { BarChart } from '../../components/charts/BarChart';
import { LineChart } from '../../components/charts/LineChart';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { unclaimedFailure } from '../credit/unclaimedFailure';
import { ASPECT_NAMES, DIMENSION_NAMES, INDICATOR_NAMES, score } from './healthIndexNames';

const areaLabel = (area: HealthIndexAreaView) => area.areaName ?? area.areaCode;

/**
 * 亲清健康指数: the published half years, every area's scores charted and tabled, one area's trend and its
 * indicators; supervisors and administrators publish a half year once it has ended (docs/health-index.md).
 */
export const HealthIndexScreen = ({ mayPublish }: { readonly mayPublish: boolean }) => {
  const { t, tr } = useText();
  const periods = useApiData<HealthIndexPage<HealthIndexPeriodView>>('/service-centre/health-index?limit=20');
  const [chosenPeriod, setChosenPeriod] = useState('');
  const latest = periods.data.status === 'ready' ? (periods.data.data.items[0]?.period ?? '') : '';
  const period = chosenPeriod !== '' ? chosenPeriod : latest;
  const areas = useApiData<HealthIndexPage<HealthIndexAreaView>>(
    period === '' ? null : `/service-centre/health-index/${encodeURIComponent(period)}?limit=100`,
  );
  const [chosenArea, setChosenArea] = useState('');
  const areaItems = areas.data.status === 'ready' ? areas.data.data.items : [];
  const area = areaItems.find((a) => a.areaCode === chosenArea) ?? areaItems[0] ?? null;

  return (
    <div className="health-index">
      {mayPublish ? (
        <PublishForm
          onPublished={(published) => {
            setChosenPeriod(published);
            periods.reload();
          }}
        />
      ) : null}
      {periods.data.status === 'error' ? <ErrorNotice error={periods.data.error} /> : null}
      {periods.data.status === 'ready' && periods.data.data.items.length === 0 ? (
        <p>{tr('尚未发布亲清健康指数。', 'No half year of the index has been published yet.')}</p>
      ) : null}
      {periods.data.status === 'ready' && periods.data.data.items.length > 0 ? (
        <SelectField
          id="health-index-period"
          label={tr('半年度', 'Half year')}
          value={period}
          onChange={setChosenPeriod}
          options={periods.data.data.items.map((p) => ({
            value: p.period,
            label: tr(
              `${p.period}（${p.publishedOn} 发布，方法 ${p.methodologyVersion}）`,
              `${p.period} (published ${p.publishedOn}, methodology ${p.methodologyVersion})`,
            ),
          }))}
        />
      ) : null}
      {areas.data.status === 'error' ? <ErrorNotice error={areas.data.error} /> : null}
      {areaItems.length > 0 ? (
        <>
          <div className="charts">
            <BarChart
              title={tr(`${period} 各区县亲清健康指数`, `Index per area, ${period}`)}
              noData={tr('无数据', 'no data')}
              asPercent={false}
              bars={areaItems.map((a) => ({
                label: areaLabel(a),
                value: a.total === null ? null : a.total / 100,
                detail: score(a.total),
              }))}
            />
            {area === null ? null : <AreaTrend area={area} />}
          </div>
          <div className="table-wrap">
            <table className="rates">
              <caption>{tr('各区县得分（0–100）', 'Scores per area (0–100)')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('区县', 'Area')}</th>
                  <th scope="col">{tr('总指数', 'Total')}</th>
                  {Object.entries(ASPECT_NAMES).map(([id, name]) => (
                    <th scope="col" key={id}>
                      {t(name)}
                    </th>
                  ))}
                  {Object.entries(DIMENSION_NAMES).map(([id, name]) => (
                    <th scope="col" key={id}>
                      {t(name)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {areaItems.map((a) => (
                  <tr key={a.areaCode}>
                    <th scope="row">
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-pressed={area?.areaCode === a.areaCode}
                        onClick={() => setChosenArea(a.areaCode)}
                      >
                        {areaLabel(a)}
                      </button>
                    </th>
                    <td>{score(a.total)}</td>
                    <td>{score(a.aspects.closeness)}</td>
                    <td>{score(a.aspects.cleanness)}</td>
                    {Object.keys(DIMENSION_NAMES).map((id) => (
                      <td key={id}>{score(a.dimensions[id as keyof typeof DIMENSION_NAMES])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {area === null ? null : <Indicators area={area} />}
        </>
      ) : null}
    </div>
  );
};

const AreaTrend = ({ area }: { readonly area: HealthIndexAreaView }) => {
  const { t, tr } = useText();
  const trend = useApiData<HealthIndexPage<HealthIndexAreaView>>(
    `/service-centre/health-index/areas/${area.areaCode}?limit=10`,
  );
  if (trend.data.status !== 'ready') return null;
  const history = [...trend.data.data.items].reverse();
  return (
    <LineChart
      title={tr(`${areaLabel(area)} 历次指数`, `${areaLabel(area)} over time`)}
      categories={history.map((h) => h.period)}
      series={[
        { name: tr('总指数', 'Total'), values: history.map((h) => h.total) },
        { name: t(ASPECT_NAMES.closeness), values: history.map((h) => h.aspects.closeness) },
        { name: t(ASPECT_NAMES.cleanness), values: history.map((h) => h.aspects.cleanness) },
      ]}
    />
  );
};

const Indicators = ({ area }: { readonly area: HealthIndexAreaView }) => {
  const { t, tr } = useText();
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {tr(
            `${areaLabel(area)} 各项指标（${area.period}）`,
            `${areaLabel(area)}: indicators (${area.period})`,
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{tr('指标', 'Indicator')}</th>
            <th scope="col">{tr('数值', 'Figure')}</th>
            <th scope="col">{tr('样本数', 'Observations')}</th>
            <th scope="col">{tr('得分', 'Score')}</th>
          </tr>
        </thead>
        <tbody>
          {area.indicators.map((i) => (
            <tr key={i.id}>
              <th scope="row">{t(INDICATOR_NAMES[i.id])}</th>
              <td>{i.value === null ? tr('样本不足，未计入', 'too few, left out') : i.value.toFixed(2)}</td>
              <td>{i.base}</td>
              <td>{score(i.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

const PublishForm = ({ onPublished }: { readonly onPublished: (period: string) => void }) => {
  const { tr } = useText();
  const command = useCommand();
  const [period, setPeriod] = useState('');
  const publish = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await command.run<HealthIndexPeriodView>('/service-centre/health-index', {
      method: 'POST',
      body: { period },
    });
    if (answer) onPublished(answer.period);
  };
  return (
    <>
      <form
        className="filters"
        aria-label={tr('发布指数', 'Publish the index')}
        noValidate
        onSubmit={publish}
      >
        <TextField
          id="health-index-publish-period"
          label={tr('发布半年度（如 2026-H2）', 'Half year to publish (e.g. 2026-H2)')}
          value={period}
          onChange={setPeriod}
          error={command.failure?.messageFor('period') ?? null}
          required
        />
        <button type="submit" className="button button--primary" disabled={command.busy}>
          {tr('发布', 'Publish')}
        </button>
      </form>
      <ErrorNotice error={unclaimedFailure(command.failure, ['period'])} />
    </>
  );
};
