import { useState } from 'react';
import { ApiError } from '../../api/kioskApi';
import { bilingualPart } from '../../i18n/strings';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';

/**
 * Sending a credit form from the kiosk: busy while it goes, and the server's refusal kept so that each step
 * shows the message of its own field beside the field (`fieldError`) and the rest once (`otherError`).
 */
export const useSubmission = (fields: readonly string[]) => {
  const { t, lang, local } = useKioskPrefs();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | 'network' | null>(null);
  const run = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setFailure(null);
    try {
      return await work();
    } catch (caught) {
      setFailure(caught instanceof ApiError ? caught : 'network');
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string): string | null => {
    if (!(failure instanceof ApiError)) return null;
    const text = failure.textFor(field);
    return text === null ? null : local(text);
  };
  const claimed = failure instanceof ApiError && fields.some((field) => failure.textFor(field) !== null);
  const otherError =
    failure === 'network'
      ? t('networkError')
      : failure !== null && !claimed
        ? failure.text === null
          ? t('networkError')
          : local(failure.text)
        : null;
  /** The first field (in the flow's order) the server named, to go back to its step. */
  const firstFieldAtFault = fields.find((field) => fieldError(field) !== null) ?? null;
  /** A field checked here first with the contracts' schema (its "中文 / English" message), before sending. */
  const check = (result: { success: boolean; error?: { issues: { message: string }[] } }): string | null =>
    result.success ? null : bilingualPart(result.error?.issues[0]?.message ?? '', lang);
  return { busy, run, fieldError, otherError, firstFieldAtFault, check, clear: () => setFailure(null) };
};
