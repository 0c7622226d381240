import { useCallback, useEffect, useState } from 'react';
import { api, onUnauthorized } from '../api/apiClient';
import type { Me } from '../api/types';
import type { Bilingual } from '../i18n/LocaleContext';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out'; readonly notice?: Bilingual }
  | { readonly status: 'signed-in'; readonly me: Me };

export interface Session {
  readonly state: SessionState;
  readonly refresh: () => Promise<void>;
  readonly logOut: () => Promise<void>;
  /** The session ended on the server (e.g. a password change): back to the login with a word why. */
  readonly signedOut: (notice: Bilingual) => void;
}

/** Who is signed in (GET /api/auth/me); any 401 from the API signs the console out. */
export const useSession = (): Session => {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const refresh = useCallback(async () => {
    try {
      const me = await api<Me>('/auth/me', { expect401: true });
      setState(me.actor.kind === 'staff' ? { status: 'signed-in', me } : { status: 'signed-out' });
    } catch {
      setState({ status: 'signed-out' });
    }
  }, []);
  useEffect(() => {
    onUnauthorized(() => setState({ status: 'signed-out' }));
    void refresh();
  }, [refresh]);
  const logOut = useCallback(async () => {
    await api('/auth/logout', { method: 'POST', expect401: true }).catch(() => undefined);
    window.location.hash = '#/';
    setState({ status: 'signed-out' });
  }, []);
  const signedOut = useCallback((notice: Bilingual) => setState({ status: 'signed-out', notice }), []);
  return { state, refresh, logOut, signedOut };
};
