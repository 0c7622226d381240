import type { RequestFigures, RequestStatsAnswer, UnitRequestFigures } from '@qinqing/service-centre/domain';
import { useApiData } from '../api/useApiData';
import { useUnitNames } from '../api/useDepartments';
import { ErrorNotice } from '../components/ErrorNotice';
import { useText } from '../i18n/useText';

type Column = readonly [key: keyof RequestFigures, zh: string, en: string];

const COLUMNS: readonly Column[] = [
  ['accepted', '已受理', 'Accepted'],
  ['open', '办理中', 'Open'],
  ['resolved', '已办结', 'Resolved'],
  ['resolvedOnTime', '按时办结', 'Resolved on time'],
  ['escalated', '已上报上级', 'Reported up'],
  ['informed', '已告知', 'Informed'],
  ['overdue', '逾期', 'Overdue'],
  ['reopened', '重新办理', 'Reopened'],
  ['rated', '评价数', 'Rated'],
  ['satisfied', '满意数', 'Satisfied'],
  ['averageRating', '平均评分', 'Average rating'],
];

const cell = (figures: RequestFigures, key: keyof RequestFigures) => {
  const value = figures[key];
  return value === null ? '—' : String(value);
};

/**
 * 亲清家园 / 部门 诉求统计: the service-centre context's request statistics (GET /api/service-centre/request-stats),
 * per centre where requests were filed and per department that has them; the API narrows them to the viewer's
 * own centre or department.
 */
export const RequestStatsPanel = () => {
  const { t, tr } = useText();
  const nameOf = useUnitNames();
  const { data } = useApiData<RequestStatsAnswer>('/service-centre/request-stats');

  const table = (
    id: string,
    caption: string,
    unitHeader: string,
    requestsHeader: string,
    rows: readonly UnitRequestFigures[],
    totals: RequestFigures | null,
  ) => (
    <div className="table-wrap">
      <table className="request-stats" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{unitHeader}</th>
            <th scope="col">{requestsHeader}</th>
            {COLUMNS.map(([key, zh, en]) => (
              <th scope="col" key={key}>
                {tr(zh, en)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unitId}>
              <th scope="row">{t(nameOf(row.unitId))}</th>
              <td>{row.requests}</td>
              {COLUMNS.map(([key]) => (
                <td key={key}>{cell(row, key)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {totals === null ? null : (
          <tfoot>
            <tr>
              <th scope="row">{tr('合计', 'Total')}</th>
              <td>{totals.requests}</td>
              {COLUMNS.map(([key]) => (
                <td key={key}>{cell(totals, key)}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );

  return (
    <section className="request-stats-panel" aria-labelledby="request-stats-heading">
      <h2 id="request-stats-heading">
        {tr('亲清家园 / 部门 诉求统计', 'Requests per Qin-Qing Home and department')}
      </h2>
      {data.status === 'loading' ? (
        <p role="status">{tr('正在加载…', 'Loading…')}</p>
      ) : data.status === 'error' ? (
        <ErrorNotice error={data.error} />
      ) : (
        <>
          <p className="muted">
            {data.data.filter.centreId !== null
              ? tr('仅本服务中心受理的诉求。', 'Requests filed at your centre only.')
              : data.data.filter.departmentId !== null
                ? tr('仅本部门承办的诉求。', 'Requests with your department only.')
                : tr('全部服务中心和部门。', 'Every centre and department.')}{' '}
            {tr(
              '平均评分：非常满意 5 分至非常不满意 1 分。',
              'Average rating: very satisfied 5 to very dissatisfied 1.',
            )}
          </p>
          {table(
            'request-stats-centres',
            tr(
              '各首问受理单位（亲清家园、挂钩联系单位）诉求统计',
              'Requests per first receiver (centres, liaison units)',
            ),
            tr('受理单位', 'Receiving unit'),
            tr('提交数', 'Filed'),
            data.data.centres,
            data.data.totals,
          )}
          {table(
            'request-stats-departments',
            tr('各部门诉求统计（当前承办部门）', 'Requests per department (handling now)'),
            tr('部门', 'Department'),
            tr('转办数', 'Routed'),
            data.data.departments,
            null,
          )}
        </>
      )}
    </section>
  );
};
