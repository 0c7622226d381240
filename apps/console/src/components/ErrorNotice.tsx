import type { ApiError } from '../api/apiClient';
import { useText } from '../i18n/useText';

/** The API's bilingual message for errors no single field owns. */
export const ErrorNotice = ({ error }: { readonly error: ApiError | null }) => {
  const { t } = useText();
  if (error === null) return null;
  return (
    <p className="notice notice--error" role="alert">
      {t(error.problem.message)}
    </p>
  );
};
