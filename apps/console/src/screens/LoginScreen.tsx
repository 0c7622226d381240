import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../api/apiClient';
import { TextField } from '../components/FormField';
import { LanguageSwitch } from '../components/ConsoleShell';
import type { Bilingual } from '../i18n/LocaleContext';
import { useText } from '../i18n/useText';

/**
 * Staff sign in with username and password (POST /api/auth/login sets the session cookie). When the API says
 * the password may not open a session any more (a demo account's published password on a real deployment),
 * the form asks for a new password and signs in with it.
 */
export const LoginScreen = ({
  onSignedIn,
  notice,
}: {
  readonly onSignedIn: () => void;
  readonly notice: Bilingual | null;
}) => {
  const { t, tr } = useText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [mustChange, setMustChange] = useState(false);
  const [newPassword, setNewPassword] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mustChange && newPassword !== again) {
      setError(
        new ApiError(400, {
          error: 'password-mismatch',
          message: { zh: '两次输入的新密码不一致', en: 'The two new passwords differ' },
        }),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api('/auth/login', {
        method: 'POST',
        body: { username, password, ...(mustChange ? { newPassword } : {}) },
        expect401: true,
      });
      onSignedIn();
    } catch (caught) {
      if (caught instanceof ApiError && caught.problem.error === 'password-change-required')
        setMustChange(true);
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
        {notice === null ? null : (
          <p className="notice notice--ok" role="status">
            {t(notice)}
          </p>
        )}
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
          {mustChange ? (
            <>
              <div className="field">
                <label htmlFor="new-password">
                  {tr('新密码（至少8位）', 'New password (8+ characters)')}
                </label>
                <input
                  id="new-password"
                  type="password"
                  autoComplete="new-password"
                  value={newPassword}
                  onChange={(event) => setNewPassword(event.target.value)}
                  required
                />
              </div>
              <div className="field">
                <label htmlFor="new-password-again">{tr('再次输入新密码', 'New password again')}</label>
                <input
                  id="new-password-again"
                  type="password"
                  autoComplete="new-password"
                  value={again}
                  onChange={(event) => setAgain(event.target.value)}
                  required
                />
              </div>
            </>
          ) : null}
          {error === null ? null : (
            <p className="notice notice--error" role="alert">
              {/* Both languages: whoever signs in may not have switched the language yet. */}
              <span lang="zh-CN">{error.problem.message.zh}</span> /{' '}
              <span lang="en">{error.problem.message.en}</span>
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy
              ? tr('登录中…', 'Signing in…')
              : mustChange
                ? tr('设置新密码并登录', 'Set the new password and sign in')
                : tr('登录', 'Sign in')}
          </button>
        </form>
      </div>
    </main>
  );
};
