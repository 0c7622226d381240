import { type FormEvent, useState } from 'react';
import { useCommand } from '../api/useCommand';
import { ErrorNotice } from '../components/ErrorNotice';
import type { Bilingual } from '../i18n/LocaleContext';
import { useText } from '../i18n/useText';

const mismatch: Bilingual = { zh: '两次输入的新密码不一致', en: 'The two new passwords differ' };

/** Changing one's own password (POST /api/auth/password): every session of the account ends, this one too. */
export const PasswordScreen = ({ onChanged }: { readonly onChanged: () => void }) => {
  const { t, tr } = useText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [localError, setLocalError] = useState<Bilingual | null>(null);
  const command = useCommand();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== again) return setLocalError(mismatch);
    setLocalError(null);
    const done = await command.run<null>('/auth/password', {
      method: 'POST',
      body: { currentPassword: current, newPassword: next },
    });
    if (done !== undefined) onChanged();
  };
  const error = (field: string) => command.failure?.messageFor(field) ?? null;
  const password = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    problem: Bilingual | null,
    autoComplete: string,
  ) => (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => set(event.target.value)}
      />
      {problem ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t(problem)}
        </p>
      ) : null}
    </div>
  );

  return (
    <form
      className="admin-form panel"
      noValidate
      aria-label={tr('修改密码', 'Change password')}
      onSubmit={(e) => void submit(e)}
    >
      <p>
        {tr(
          '修改后本账户的所有登录都会失效，请用新密码重新登录。新密码至少8位。',
          'All your sessions end when the password changes: sign in again with the new one. At least 8 characters.',
        )}
      </p>
      {password(
        'current-password',
        tr('当前密码', 'Current password'),
        current,
        setCurrent,
        error('currentPassword'),
        'current-password',
      )}
      {password(
        'new-password',
        tr('新密码', 'New password'),
        next,
        setNext,
        error('newPassword'),
        'new-password',
      )}
      {password(
        'new-password-again',
        tr('再次输入新密码', 'New password again'),
        again,
        setAgain,
        localError,
        'new-password',
      )}
      {command.failure !== null && error('currentPassword') === null && error('newPassword') === null ? (
        <ErrorNotice error={command.failure} />
      ) : null}
      <button type="submit" className="button button--primary" disabled={command.busy}>
        {tr('修改密码', 'Change password')}
      </button>
    </form>
  );
};
