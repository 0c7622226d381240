import type { DirectoryPage } from '@qinqing/liaison/contracts';
import { validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import { type FormEvent, useState } from 'react';
import { queryString } from '../../api/apiClient';
import { useApiData } from '../../api/useApiData';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';

/**
 * 查找企业 for the credit officer: an 18-character credit code opens the file at once; other text searches
 * liaison's directory by the beginning of the registered name.
 */
export const CreditSearchScreen = () => {
  const { tr } = useText();
  const [text, setText] = useState('');
  const [name, setName] = useState<string | null>(null);
  const { data } = useApiData<DirectoryPage>(
    name === null ? null : `/enterprises${queryString({ name, limit: 20 })}`,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    const code = typed.toUpperCase();
    if (validateUnifiedSocialCreditCode(code).ok)
      window.location.hash = hrefFor({ screen: 'credit-file', creditCode: code });
    else setName(typed);
  };
  return (
    <>
      <form
        className="filters search"
        role="search"
        aria-label={tr('查找企业', 'Find an enterprise')}
        onSubmit={submit}
      >
        <TextField
          id="credit-search"
          label={tr('企业名称开头或统一社会信用代码', 'Name begins with, or credit code')}
          value={text}
          onChange={setText}
          error={data.status === 'error' ? (data.error.messageFor('query.name') ?? null) : null}
        />
        <button type="submit" className="button button--primary">
          {tr('查找', 'Search')}
        </button>
      </form>
      {name === null ? null : data.status === 'loading' ? (
        <p role="status">{tr('加载中…', 'Loading…')}</p>
      ) : data.status === 'error' ? (
        data.error.messageFor('query.name') === null ? (
          <ErrorNotice error={data.error} />
        ) : null
      ) : data.data.items.length === 0 ? (
        <p>
          {tr('企业名录中没有以此开头的企业。', 'No enterprise in the directory has a name beginning so.')}
        </p>
      ) : (
        <ul className="plain-list credit-search__results" aria-label={tr('查找结果', 'Results')}>
          {data.data.items.map((item) => (
            <li key={item.creditCode}>
              <a href={hrefFor({ screen: 'credit-file', creditCode: item.creditCode })}>{item.name}</a>{' '}
              <span className="muted">{item.creditCode}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
};
