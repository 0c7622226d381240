import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './apiClient';

export type ApiData<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ApiError }
  | { readonly status: 'ready'; readonly data: T };

/** GETs a path and reloads when it changes; `reload` after a command. */
export const useApiData = <T>(path: string | null): { data: ApiData<T>; reload: () => void } => {
  const [data, setData] = useState<ApiData<T>>({ status: 'loading' });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    api<T>(path)
      .then((answer) => {
        if (live) setData({ status: 'ready', data: answer });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setData({
          status: 'error',
          error:
            error instanceof ApiError
              ? error
              : new ApiError(0, {
                  error: 'network',
                  message: { zh: '网络连接失败', en: 'The network connection failed' },
                }),
        });
      });
    return () => {
      live = false;
    };
  }, [path, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, reload };
};
