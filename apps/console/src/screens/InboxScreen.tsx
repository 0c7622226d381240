import { REQUEST_STATUSES, type RequestSummary } from '@qinqing/appeals/contracts';
import { REQUEST_CATEGORIES, REQUEST_CHANNELS } from '@qinqing/appeals/domain';
import { type FormEvent, useState } from 'react';
import { api, ApiError, queryString } from '../api/apiClient';
import { useApiData } from '../api/useApiData';
import { useDepartments, useUnitNames } from '../api/useDepartments';
import { ClockBadge, mostUrgentClock } from '../components/ClockBadge';
import { ErrorNotice } from '../components/ErrorNotice';
import { type Option, SelectField, TextField } from '../components/FormField';
import { categoryName, channelName, statusName } from '../components/names';
import { useText } from '../i18n/useText';
import { hrefFor } from '../session/useRoute';

interface ListAnswer {
  readonly items: readonly RequestSummary[];
  readonly total: number;
  readonly totalCapped: boolean;
  readonly nextCursor: string | null;
}

type SearchField = 'enterprise' | 'receiptCode' | 'contactPhone';

/** Who may search by what: receipt codes at the receiving centre, phones by the staff who handle requests. */
const SEARCHES: readonly { field: SearchField; zh: string; en: string; roles?: readonly string[] }[] = [
  { field: 'enterprise', zh: '企业名称或信用代码', en: 'Enterprise name or credit code' },
  { field: 'receiptCode', zh: '回执码', en: 'Receipt code', roles: ['service-staff'] },
  {
    field: 'contactPhone',
    zh: '联系电话',
    en: 'Contact phone',
    roles: ['service-staff', 'department-handler'],
  },
];

/** The API's search parameter for what was typed: an 18-character code is a credit code, else part of a name. */
const searchParams = (field: SearchField, text: string): Record<string, string> => {
  const value = text.trim();
  if (value === '') return {};
  if (field !== 'enterprise') return { [field]: value };
  return /^[0-9A-Za-z]{18}$/u.test(value) ? { creditCode: value } : { enterpriseName: value };
};

interface Filters {
  status: string;
  category: string;
  departmentId: string;
  channel: string;
  overdue: string;
}

const EMPTY: Filters = { status: '', category: '', departmentId: '', channel: '', overdue: '' };

/** The requests this person may see (the API filters by role), overdue first, with live clocks. */
export const InboxScreen = ({ role }: { readonly role: string }) => {
  const { t, tr } = useText();
  const departments = useDepartments();
  const nameOf = useUnitNames();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [searchField, setSearchField] = useState<SearchField>('enterprise');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState<Record<string, string>>({});
  const query = { ...filters, ...search };
  const { data } = useApiData<ListAnswer>(`/appeals/requests${queryString({ ...query, pageSize: 50 })}`);
  // Later pages, fetched with the keyset cursor and appended; they belong to one query and a new one starts over.
  const key = JSON.stringify(query);
  const [pages, setPages] = useState<{
    key: string;
    items: readonly RequestSummary[];
    next: string | null;
    error: ApiError | null;
  } | null>(null);
  const more = pages?.key === key ? pages : null;
  const moreError = more?.error ?? null;
  const next = more === null ? (data.status === 'ready' ? data.data.nextCursor : null) : more.next;
  const loadMore = async () => {
    if (next === null) return;
    try {
      const page = await api<ListAnswer>(
        `/appeals/requests${queryString({ ...query, pageSize: 50, after: next })}`,
      );
      setPages({ key, items: [...(more?.items ?? []), ...page.items], next: page.nextCursor, error: null });
    } catch (caught) {
      if (caught instanceof ApiError) setPages({ key, items: more?.items ?? [], next, error: caught });
    }
  };
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(searchParams(searchField, searchText));
  };
  const searches = SEARCHES.filter((s) => s.roles === undefined || s.roles.includes(role));
  const any: Option = { value: '', label: tr('全部', 'All') };
  const set = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const departmentName = (id: string | null) => (id === null ? '—' : t(nameOf(id)));

  const items = data.status === 'ready' ? [...data.data.items, ...(more?.items ?? [])] : [];
  return (
    <>
      <form
        className="filters search"
        role="search"
        aria-label={tr('查找诉求', 'Find requests')}
        onSubmit={submitSearch}
      >
        <SelectField
          id="search-field"
          label={tr('查找', 'Search by')}
          value={searchField}
          onChange={(value) => setSearchField(value as SearchField)}
          options={searches.map((s) => ({ value: s.field, label: tr(s.zh, s.en) }))}
        />
        <TextField
          id="search-text"
          label={tr('查找内容', 'Search for')}
          value={searchText}
          onChange={setSearchText}
          error={
            data.status === 'error'
              ? (data.error.messageFor(`query.${Object.keys(search)[0] ?? ''}`) ?? null)
              : null
          }
        />
        <button type="submit" className="button button--primary">
          {tr('查找', 'Search')}
        </button>
        <a className="button button--quiet" href={`/api/appeals/requests.csv${queryString(query)}`} download>
          {tr('导出 CSV', 'Export CSV')}
        </a>
      </form>
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
          onClick={() => {
            setFilters(EMPTY);
            setSearch({});
            setSearchText('');
          }}
        >
          {tr('清除筛选', 'Clear filters')}
        </button>
      </form>
      {data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {data.status === 'error' ? <ErrorNotice error={data.error} /> : null}
      {data.status === 'ready' ? (
        <>
          <p role="status" className="count">
            {data.data.totalCapped
              ? tr(`共 ${data.data.total} 件以上`, `More than ${data.data.total} requests`)
              : tr(`共 ${data.data.total} 件`, `${data.data.total} requests`)}
          </p>
          <div className="table-wrap">
            <table className="inbox">
              {/* The API's order: overdue first, then the nearest deadline, the same on every page. */}
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
                {items.map((item) => {
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
          {items.length === 0 ? <p>{tr('没有符合条件的诉求。', 'No requests match.')}</p> : null}
          <ErrorNotice error={moreError} />
          {next === null ? null : (
            <button type="button" className="button" onClick={() => void loadMore()}>
              {tr('加载更多', 'Load more')}
            </button>
          )}
        </>
      ) : null}
    </>
  );
};
