import { useState } from 'react';
import { api, ApiError, queryString } from '../../api/apiClient';
import { type ApiData, useApiData } from '../../api/useApiData';

interface Page<Item> {
  readonly items: readonly Item[];
  readonly next: string | null;
}

/** A keyset-paged list (`{items, next}`): the first page, then "load more" with `after`; reloaded from the top. */
export const useKeysetPages = <Item>(path: string, query: Record<string, string | undefined>, limit = 20) => {
  const first = useApiData<Page<Item>>(`${path}${queryString({ ...query, limit })}`);
  const key = `${path}${queryString(query)}`;
  const [more, setMore] = useState<{ key: string; items: readonly Item[]; next: string | null } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const extra = more?.key === key ? more : null;
  const data: ApiData<Page<Item>> = first.data;
  const next = extra === null ? (data.status === 'ready' ? data.data.next : null) : extra.next;
  const items = data.status === 'ready' ? [...data.data.items, ...(extra?.items ?? [])] : [];
  const loadMore = async () => {
    if (next === null) return;
    try {
      const page = await api<Page<Item>>(`${path}${queryString({ ...query, limit, after: next })}`);
      setMore({ key, items: [...(extra?.items ?? []), ...page.items], next: page.next });
      setFailure(null);
    } catch (caught) {
      if (caught instanceof ApiError) setFailure(caught);
    }
  };
  return {
    data,
    items,
    next,
    failure,
    loadMore,
    reload: () => {
      setMore(null);
      first.reload();
    },
  };
};
