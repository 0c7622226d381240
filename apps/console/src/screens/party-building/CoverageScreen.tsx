import type { CoverageAnswer, CoverageRow } from '@qinqing/party-building/contracts';
import { useState } from 'react';
import { queryString } from '../../api/apiClient';
import { useApiData } from '../../api/useApiData';
import { BarChart } from '../../components/charts/BarChart';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { INDUSTRY_SECTION_NAMES, percent } from './partyBuildingNames';

/**
 * 党建覆盖率: organisation and work coverage (Qingdao 五(十四)) per county, charted and tabled; a county opens
 * its industry sections (GB/T 4754). The CSV is the same rows from the API, downloaded as they are.
 */
export const CoverageScreen = () => {
  const { t, tr } = useText();
  const [county, setCounty] = useState<string | null>(null);
  const query = county === null ? {} : { areaCode: county };
  const { data } = useApiData<CoverageAnswer>(`/party-building/coverage${queryString(query)}`);
  const csv = `/api/party-building/coverage${queryString({ ...query, format: 'csv' })}`;
  // Counties by their GB/T 2260 name as the API gives it (the code when the dataset lacks one); sections by letter and name.
  const label = (row: CoverageRow) =>
    county === null
      ? `${row.name ?? ''} ${row.key}`.trim()
      : `${row.key} ${t(INDUSTRY_SECTION_NAMES[row.key] ?? { zh: '', en: '' })}`.trim();
  const countyLabel =
    data.status === 'ready' && data.data.areaName !== null ? `${data.data.areaName} ${county}` : county;
  const bars = (rows: readonly CoverageRow[], pick: 'organisationCoverage' | 'workCoverage') =>
    rows.map((row) => ({
      label: label(row),
      value: row.enterprises === 0 ? null : row[pick],
      detail: `${pick === 'organisationCoverage' ? row.organised : row.worked}/${row.enterprises}`,
    }));
  return (
    <div className="party-building">
      <div className="party-coverage__bar">
        {county === null ? (
          <p>
            {tr(
              '按县（市、区）统计；点击县区查看各行业门类。',
              'By county; open a county for its industry sections.',
            )}
          </p>
        ) : (
          <p>
            <strong>
              {tr(`${countyLabel ?? ''}：按行业门类`, `${countyLabel ?? ''}: by industry section`)}
            </strong>{' '}
            <button type="button" className="button" onClick={() => setCounty(null)}>
              {tr('返回各县区', 'Back to the counties')}
            </button>
          </p>
        )}
        <a className="button" href={csv} download>
          {tr('下载 CSV', 'Download CSV')}
        </a>
      </div>
      {data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {data.status === 'error' ? <ErrorNotice error={data.error} /> : null}
      {data.status === 'ready' && data.data.rows.length === 0 ? (
        <p>{tr('名录中还没有企业。', 'No enterprises in the directory yet.')}</p>
      ) : null}
      {data.status === 'ready' && data.data.rows.length > 0 ? (
        <>
          <div className="charts">
            <BarChart
              title={tr('党的组织覆盖率', 'Organisation coverage')}
              noData={tr('无企业', 'none')}
              bars={bars(data.data.rows, 'organisationCoverage')}
            />
            <BarChart
              title={tr('党的工作覆盖率', 'Work coverage')}
              noData={tr('无企业', 'none')}
              bars={bars(data.data.rows, 'workCoverage')}
            />
          </div>
          <div className="table-wrap">
            <table className="party-coverage">
              <caption className="visually-hidden">{tr('覆盖率', 'Coverage')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    {county === null ? tr('县（市、区）', 'County') : tr('行业门类', 'Section')}
                  </th>
                  <th scope="col">{tr('企业数', 'Enterprises')}</th>
                  <th scope="col">{tr('已建党组织', 'Organised')}</th>
                  <th scope="col">{tr('组织覆盖率', 'Organisation coverage')}</th>
                  <th scope="col">{tr('党的工作覆盖', 'Work reaches')}</th>
                  <th scope="col">{tr('工作覆盖率', 'Work coverage')}</th>
                </tr>
              </thead>
              <tbody>
                {data.data.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">
                      {county === null ? (
                        <button type="button" className="button" onClick={() => setCounty(row.key)}>
                          {label(row)}
                          <span className="visually-hidden">
                            {tr(' 查看行业门类', ': industry sections')}
                          </span>
                        </button>
                      ) : (
                        label(row)
                      )}
                    </th>
                    <td>{row.enterprises}</td>
                    <td>{row.organised}</td>
                    <td>{percent(row.organisationCoverage)}</td>
                    <td>{row.worked}</td>
                    <td>{percent(row.workCoverage)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{tr('合计', 'Total')}</th>
                  <td>{data.data.total.enterprises}</td>
                  <td>{data.data.total.organised}</td>
                  <td>{percent(data.data.total.organisationCoverage)}</td>
                  <td>{data.data.total.worked}</td>
                  <td>{percent(data.data.total.workCoverage)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
};
