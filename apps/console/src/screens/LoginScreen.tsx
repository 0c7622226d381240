import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../api/apiClient';
import { TextField } from '../components/FormField';
import { LanguageSwitch } from '../components/ConsoleShell';
import { useText } from '../i18n/useText';

/** Staff sign in with username and password (POST /api/auth/login sets the session cookie). */
export const LoginScreen = ({ onSignedIn }: { readonly onSignedIn: () => void }) => {
  const { tr } = useText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('/auth/login', { method: 'POST', body: { username, password }, expect401: true });
      onSignedIn();
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? caught
          : new ApiError(0, {
              error: 'network',
              message: { zh: '网络连接失败', en: 'The network connection failed' },
            }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <div className="login__card">
        <div className="login__top">
          <h1>{tr('亲清平台工作台', 'Qinqing staff console')}</h1>
          <LanguageSwitch />
        </div>
        <p>
          {tr(
            '服务专员、职能部门、效能督查和管理员登录',
            'For service staff, department handlers, supervisors and administrators',
          )}
        </p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            id="username"
            label={tr('用户名', 'Username')}
            value={username}
            onChange={setUsername}
            required
          />
          <div className="field">
            <label htmlFor="password">{tr('密码', 'Password')}</label>
            <input
              id="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          </div>
          {error === null ? null : (
            <p className="notice notice--error" role="alert">
              {/* Both languages: whoever signs in may not have switched the language yet. */}
              <span lang="zh-CN">{error.problem.message.zh}</span> /{' '}
              <span lang="en">{error.problem.message.en}</span>
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? tr('登录中…', 'Signing in…') : tr('登录', 'Sign in')}
          </button>
        </form>
      </div>
    </main>
  );
};
