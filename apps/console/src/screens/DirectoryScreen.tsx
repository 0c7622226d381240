import type { DirectoryEntry, DirectoryPage } from '@qinqing/liaison/contracts';
import { type FormEvent, useState } from 'react';
import { api, ApiError, queryString } from '../api/apiClient';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { type Option, SelectField, TextField } from '../components/FormField';
import { useText } from '../i18n/useText';
import { hrefFor } from '../session/useRoute';
import { INDUSTRY_GROUP_NAMES, SIZE_NAMES, TAG_NAMES } from './directoryNames';

interface Filters {
  industryGroup: string;
  size: string;
  tag: string;
}

const EMPTY: Filters = { industryGroup: '', size: '', tag: '' };

/** 企业名录: the directory filtered by area, industry group, size, category and name prefix, paged by keyset. */
export const DirectoryScreen = () => {
  const { t, tr } = useText();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [nameText, setNameText] = useState('');
  const [areaText, setAreaText] = useState('');
  const [search, setSearch] = useState<{ name?: string; area?: string }>({});
  const query = { ...filters, ...search, limit: 50 };
  const key = JSON.stringify(query);
  const { data } = useApiData<DirectoryPage>(`/enterprises${queryString(query)}`);
  const [pages, setPages] = useState<{
    key: string;
    items: readonly DirectoryEntry[];
    next: string | null;
    error: ApiError | null;
  } | null>(null);
  const more = pages?.key === key ? pages : null;
  const next = more === null ? (data.status === 'ready' ? data.data.next : null) : more.next;
  const loadMore = async () => {
    if (next === null) return;
    try {
      const page = await api<DirectoryPage>(`/enterprises${queryString({ ...query, after: next })}`);
      setPages({ key, items: [...(more?.items ?? []), ...page.items], next: page.next, error: null });
    } catch (caught) {
      if (caught instanceof ApiError) setPages({ key, items: more?.items ?? [], next, error: caught });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = nameText.trim();
    const area = areaText.trim();
    setSearch({ ...(name === '' ? {} : { name }), ...(area === '' ? {} : { area }) });
  };
  const any: Option = { value: '', label: tr('全部', 'All') };
  const set = (field: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [field]: value }));
  const items = data.status === 'ready' ? [...data.data.items, ...(more?.items ?? [])] : [];
  const fieldError = (field: string) =>
    data.status === 'error' ? (data.error.messageFor(`query.${field}`) ?? null) : null;
  return (
    <>
      <form
        className="filters search"
        role="search"
        aria-label={tr('查找企业', 'Find enterprises')}
        onSubmit={submit}
      >
        <TextField
          id="directory-name"
          label={tr('企业名称开头', 'Name begins with')}
          value={nameText}
          onChange={setNameText}
          error={fieldError('name')}
        />
        <TextField
          id="directory-area"
          label={tr('行政区划代码（6或9位）', 'Area code (6 or 9 digits)')}
          value={areaText}
          onChange={setAreaText}
          error={fieldError('area')}
        />
        <button type="submit" className="button button--primary">
          {tr('查找', 'Search')}
        </button>
      </form>
      <form className="filters" aria-label={tr('筛选', 'Filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="directory-group"
          label={tr('划型行业', 'Industry group')}
          value={filters.industryGroup}
          onChange={set('industryGroup')}
          options={[
            any,
            ...Object.entries(INDUSTRY_GROUP_NAMES).map(([value, name]) => ({ value, label: t(name) })),
          ]}
        />
        <SelectField
          id="directory-size"
          label={tr('企业规模', 'Size')}
          value={filters.size}
          onChange={set('size')}
          options={[any, ...Object.entries(SIZE_NAMES).map(([value, name]) => ({ value, label: t(name) }))]}
        />
        <SelectField
          id="directory-tag"
          label={tr('企业类别', 'Category')}
          value={filters.tag}
          onChange={set('tag')}
          options={[any, ...Object.entries(TAG_NAMES).map(([value, name]) => ({ value, label: t(name) }))]}
        />
        <button
          type="button"
          className="button button--quiet filters__reset"
          onClick={() => {
            setFilters(EMPTY);
            setSearch({});
            setNameText('');
            setAreaText('');
          }}
        >
          {tr('清除筛选', 'Clear filters')}
        </button>
      </form>
      {data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {data.status === 'error' ? <ErrorNotice error={data.error} /> : null}
      {data.status === 'ready' ? (
        <>
          <div className="table-wrap">
            <table className="inbox">
              <caption className="visually-hidden">
                {tr('企业名录，按统一社会信用代码排序', 'Enterprise directory, by credit code')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{tr('企业', 'Enterprise')}</th>
                  <th scope="col">{tr('登记地区', 'Registered area')}</th>
                  <th scope="col">{tr('行业 / 规模', 'Industry / size')}</th>
                  <th scope="col">{tr('类别', 'Category')}</th>
                  <th scope="col">{tr('联系电话', 'Contact phone')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.creditCode}>
                    <td>
                      <a href={hrefFor({ screen: 'enterprise', creditCode: item.creditCode })}>{item.name}</a>
                      <div className="muted">{item.creditCode}</div>
                    </td>
                    <td>{item.areaName ?? item.areaCode}</td>
                    <td>
                      {item.industry}
                      {item.industryGroup === null ? null : (
                        <div className="muted">
                          {t(
                            INDUSTRY_GROUP_NAMES[item.industryGroup] ?? {
                              zh: item.industryGroup,
                              en: item.industryGroup,
                            },
                          )}
                        </div>
                      )}
                      <div>{item.size === null ? '—' : t(SIZE_NAMES[item.size])}</div>
                    </td>
                    <td>
                      {item.tags.map((tag) => t(TAG_NAMES[tag] ?? { zh: tag, en: tag })).join('、') || '—'}
                    </td>
                    <td>{item.contactPhone ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {items.length === 0 ? <p>{tr('没有符合条件的企业。', 'No enterprises match.')}</p> : null}
          <ErrorNotice error={more?.error ?? null} />
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
