import { REQUEST_STATUSES, type RequestSummary } from '@qinqing/appeals/contracts';
import { REQUEST_CATEGORIES, REQUEST_CHANNELS } from '@qinqing/appeals/domain';
import { useState } from 'react';
import { queryString } from '../api/apiClient';
import { useApiData } from '../api/useApiData';
import { useDepartments, useUnitNames } from '../api/useDepartments';
import { ClockBadge, mostUrgentClock } from '../components/ClockBadge';
import { ErrorNotice } from '../components/ErrorNotice';
import { type Option, SelectField } from '../components/FormField';
import { categoryName, channelName, statusName } from '../components/names';
import { useText } from '../i18n/useText';
import { hrefFor } from '../session/useRoute';

interface ListAnswer {
  readonly items: readonly RequestSummary[];
  readonly total: number;
}

interface Filters {
  status: string;
  category: string;
  departmentId: string;
  channel: string;
  overdue: string;
}

/** Overdue first (as the API answers), then by the nearest running clock; settled requests last. */
const sortForTriage = (items: readonly RequestSummary[]): RequestSummary[] => {
  const days = (item: RequestSummary) => {
    const clock = mostUrgentClock(item.clocks);
    return clock === null ? Number.MAX_SAFE_INTEGER : (clock.workingDaysLeft ?? Number.MAX_SAFE_INTEGER - 1);
  };
  return [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || days(a) - days(b));
};

const EMPTY: Filters = { status: '', category: '', departmentId: '', channel: '', overdue: '' };

/** The requests this person may see (the API filters by role), overdue first, with live clocks. */
export const InboxScreen = () => {
  const { t, tr } = useText();
  const departments = useDepartments();
  const nameOf = useUnitNames();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const { data } = useApiData<ListAnswer>(`/appeals/requests${queryString({ ...filters, pageSize: 200 })}`);
  const any: Option = { value: '', label: tr('全部', 'All') };
  const set = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const departmentName = (id: string | null) => (id === null ? '—' : t(nameOf(id)));

  return (
    <>
      <form className="filters" aria-label={tr('筛选', 'Filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="filter-status"
          label={tr('状态', 'Status')}
          value={filters.status}
          onChange={set('status')}
          options={[any, ...REQUEST_STATUSES.map((s) => ({ value: s, label: t(statusName(s)) }))]}
        />
        <SelectField
          id="filter-category"
          label={tr('类别', 'Category')}
          value={filters.category}
          onChange={set('category')}
          options={[any, ...REQUEST_CATEGORIES.map((c) => ({ value: c, label: t(categoryName(c)) }))]}
        />
        <SelectField
          id="filter-department"
          label={tr('承办部门', 'Department')}
          value={filters.departmentId}
          onChange={set('departmentId')}
          options={[any, ...departments.map((d) => ({ value: d.unitId, label: t(d.name) }))]}
        />
        <SelectField
          id="filter-channel"
          label={tr('渠道', 'Channel')}
          value={filters.channel}
          onChange={set('channel')}
          options={[any, ...REQUEST_CHANNELS.map((c) => ({ value: c, label: t(channelName(c)) }))]}
        />
        <SelectField
          id="filter-overdue"
          label={tr('超期', 'Overdue')}
          value={filters.overdue}
          onChange={set('overdue')}
          options={[
            any,
            { value: 'true', label: tr('仅超期', 'Overdue only') },
            { value: 'false', label: tr('未超期', 'Not overdue') },
          ]}
        />
        <button
          type="button"
          className="button button--quiet filters__reset"
          onClick={() => setFilters(EMPTY)}
        >
          {tr('清除筛选', 'Clear filters')}
        </button>
      </form>
      {data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {data.status === 'error' ? <ErrorNotice error={data.error} /> : null}
      {data.status === 'ready' ? (
        <>
          <p role="status" className="count">
            {tr(`共 ${data.data.total} 件`, `${data.data.total} requests`)}
          </p>
          <div className="table-wrap">
            <table className="inbox">
              <caption className="visually-hidden">
                {tr('诉求列表，超期的在前', 'Requests, overdue first')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{tr('诉求', 'Request')}</th>
                  <th scope="col">{tr('企业', 'Enterprise')}</th>
                  <th scope="col">{tr('类别 / 渠道', 'Category / channel')}</th>
                  <th scope="col">{tr('状态', 'Status')}</th>
                  <th scope="col">{tr('承办部门', 'Department')}</th>
                  <th scope="col">{tr('时限', 'Clock')}</th>
                </tr>
              </thead>
              <tbody>
                {sortForTriage(data.data.items).map((item) => {
                  const clock = mostUrgentClock(item.clocks);
                  return (
                    <tr key={item.requestId} className={item.overdue ? 'inbox__row--overdue' : undefined}>
                      <td>
                        <a href={hrefFor({ screen: 'detail', requestId: item.requestId })}>{item.title}</a>
                        <div className="muted">
                          {item.receiptCode}
                          {item.priority === 'urgent' ? (
                            <span className="tag tag--urgent">{tr('紧急', 'Urgent')}</span>
                          ) : null}
                          {item.openSupervisionOrders > 0 ? (
                            <span className="tag tag--supervision">{tr('督办中', 'Under supervision')}</span>
                          ) : null}
                        </div>
                      </td>
                      <td>{item.enterprise.name}</td>
                      <td>
                        {t(categoryName(item.category))}
                        <div className="muted">{t(channelName(item.channel))}</div>
                      </td>
                      <td>
                        {t(statusName(item.status))}
                        {item.paused ? <div className="muted">{tr('已暂停计时', 'Clock paused')}</div> : null}
                      </td>
                      <td>{departmentName(item.departmentId ?? item.pendingDepartmentId)}</td>
                      <td>
                        {item.overdue ? (
                          <span className="tag tag--overdue">{tr('超期', 'Overdue')}</span>
                        ) : null}
                        {clock === null ? <span className="muted">—</span> : <ClockBadge clock={clock} />}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {data.data.items.length === 0 ? <p>{tr('没有符合条件的诉求。', 'No requests match.')}</p> : null}
        </>
      ) : null}
    </>
  );
};
