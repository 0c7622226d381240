import { type FormEvent, useState } from 'react';
import { ApiError, kioskApi } from '../api/kioskApi';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { KeyPad } from '../keyboards/KeyPad';

const CREDENTIAL_ROWS = [
  '1234567890'.split(''),
  'qwertyuiop'.split(''),
  'asdfghjkl'.split(''),
  'zxcvbnm.-'.split(''),
] as const;

/** Staff only: a browser without a kiosk device cookie is set up once with the device credential. */
export const ProvisioningScreen = ({ onProvisioned }: { readonly onProvisioned: () => void }) => {
  const { t } = useKioskPrefs();
  const [credential, setCredential] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await kioskApi.provision(credential.trim());
      setCredential('');
      onProvisioned();
    } catch (failure) {
      setError(failure instanceof ApiError ? t('provisionFailed') : t('networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="screen provision" aria-labelledby="provision-title">
      <h1 id="provision-title">{t('provisionTitle')}</h1>
      <p className="lead">{t('provisionHint')}</p>
      <form className="field" onSubmit={(event) => void submit(event)}>
        <label htmlFor="credential">{t('credential')}</label>
        <input
          id="credential"
          className="field__input"
          autoComplete="off"
          spellCheck={false}
          value={credential}
          onChange={(event) => setCredential(event.target.value)}
        />
        {error === null ? null : (
          <p className="hint hint--error" role="alert">
            {error}
          </p>
        )}
        <KeyPad
          label={t('credential')}
          rows={CREDENTIAL_ROWS}
          onKey={(key) => setCredential((c) => c + key)}
          onDelete={() => setCredential((c) => c.slice(0, -1))}
          onClear={() => setCredential('')}
          wide
        />
        <button type="submit" className="primary" disabled={busy || credential.trim() === ''}>
          {t('provisionSubmit')}
        </button>
      </form>
    </section>
  );
};
