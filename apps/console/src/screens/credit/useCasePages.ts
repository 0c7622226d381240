import type { CasePage } from '@qinqing/credit/contracts';
import { useState } from 'react';
import { api, ApiError, queryString } from '../../api/apiClient';
import { type ApiData, useApiData } from '../../api/useApiData';

/** A desk's list (objections or repairs) by status, keyset-paged: the first page, then "load more". */
export const useCasePages = <View>(path: string, status: string) => {
  const first = useApiData<CasePage<View>>(`${path}${queryString({ status, limit: 20 })}`);
  const [more, setMore] = useState<{ key: string; items: readonly View[]; next: string | null } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const key = `${path}|${status}`;
  const extra = more?.key === key ? more : null;
  const data: ApiData<CasePage<View>> = first.data;
  const next = extra === null ? (data.status === 'ready' ? data.data.next : null) : extra.next;
  const items = data.status === 'ready' ? [...data.data.items, ...(extra?.items ?? [])] : [];
  const loadMore = async () => {
    if (next === null) return;
    try {
      const page = await api<CasePage<View>>(`${path}${queryString({ status, limit: 20, after: next })}`);
      setMore({ key, items: [...(extra?.items ?? []), ...page.items], next: page.next });
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
