import { useState } from 'react';
import { api, ApiError, type ApiRequest } from './apiClient';

export interface Command {
  readonly busy: boolean;
  readonly failure: ApiError | null;
  /** Sends the request; resolves with the answer (null for 204), or undefined when refused (see `failure`). */
  readonly run: <T>(path: string, request: ApiRequest) => Promise<T | null | undefined>;
  readonly clear: () => void;
}

const networkFailure = () =>
  new ApiError(0, { error: 'network', message: { zh: '网络连接失败', en: 'The network connection failed' } });

/** One administrative command at a time, with the API's bilingual refusal kept for the form to show. */
export const useCommand = (): Command => {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  return {
    busy,
    failure,
    clear: () => setFailure(null),
    run: async <T>(path: string, request: ApiRequest): Promise<T | null | undefined> => {
      setBusy(true);
      setFailure(null);
      try {
        return await api<T>(path, request);
      } catch (caught) {
        setFailure(caught instanceof ApiError ? caught : networkFailure());
        return undefined;
      } finally {
        setBusy(false);
      }
    },
  };
};
