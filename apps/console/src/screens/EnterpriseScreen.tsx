import type { RequestSummary } from '@qinqing/appeals/contracts';
import type { DirectoryEntry } from '@qinqing/liaison/contracts';
import { useEffect } from 'react';
import { queryString } from '../api/apiClient';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { statusName } from '../components/names';
import { useText } from '../i18n/useText';
import { hrefFor } from '../session/useRoute';
import { INDUSTRY_GROUP_NAMES, SIZE_NAMES, TAG_NAMES } from './directoryNames';

/** Roles appeals' list endpoint lets in (GET /api/appeals/requests); the others see no requests here. */
const REQUEST_READERS: readonly string[] = [
  'service-staff',
  'department-handler',
  'supervisor',
  'administrator',
];

/** The enterprise page: its directory entry, and its requests from appeals (each from the owning context). */
export const EnterpriseScreen = ({
  creditCode,
  role,
  onTitle,
}: {
  readonly creditCode: string;
  readonly role: string;
  readonly onTitle: (title: string) => void;
}) => {
  const { t, tr } = useText();
  const { data } = useApiData<DirectoryEntry>(`/enterprises/${encodeURIComponent(creditCode)}`);
  const requests = useApiData<{ items: readonly RequestSummary[] }>(
    REQUEST_READERS.includes(role) ? `/appeals/requests${queryString({ creditCode, pageSize: 50 })}` : null,
  );
  const name = data.status === 'ready' ? data.data.name : null;
  useEffect(() => {
    if (name !== null) onTitle(name);
  }, [name, onTitle]);
  if (data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (data.status === 'error') return <ErrorNotice error={data.error} />;
  const e = data.data;
  const amount = (value: number | null) =>
    value === null ? '—' : `${value.toLocaleString('zh-CN')} ${tr('万元', '×10,000 yuan')}`;
  return (
    <>
      <p>
        <a href={hrefFor({ screen: 'directory' })}>{tr('返回企业名录', 'Back to the directory')}</a>
        {role === 'credit-officer' ? (
          <>
            {' · '}
            <a href={hrefFor({ screen: 'credit-file', creditCode })}>{tr('诚信档案', 'Integrity file')}</a>
          </>
        ) : null}
      </p>
      <div className="panel">
        <dl className="facts">
          <dt>{tr('统一社会信用代码', 'Credit code')}</dt>
          <dd>{e.creditCode}</dd>
          <dt>{tr('登记地区', 'Registered area')}</dt>
          <dd>
            {e.areaName ?? '—'} <span className="muted">{e.areaCode}</span>
          </dd>
          <dt>{tr('行业代码', 'Industry code')}</dt>
          <dd>
            {e.industry}
            {e.industryGroup === null
              ? null
              : ` · ${t(INDUSTRY_GROUP_NAMES[e.industryGroup] ?? { zh: e.industryGroup, en: e.industryGroup })}`}
          </dd>
          <dt>{tr('企业规模', 'Size')}</dt>
          <dd>{e.size === null ? tr('无法划型', 'Not classed') : t(SIZE_NAMES[e.size])}</dd>
          <dt>{tr('从业人员', 'Employees')}</dt>
          <dd>{e.employees ?? '—'}</dd>
          <dt>{tr('营业收入', 'Operating revenue')}</dt>
          <dd>{amount(e.revenue)}</dd>
          <dt>{tr('资产总额', 'Total assets')}</dt>
          <dd>{amount(e.assets)}</dd>
          <dt>{tr('所属商会', 'Chambers')}</dt>
          <dd>{e.chambers.join('、') || '—'}</dd>
          <dt>{tr('企业类别', 'Category')}</dt>
          <dd>{e.tags.map((tag) => t(TAG_NAMES[tag] ?? { zh: tag, en: tag })).join('、') || '—'}</dd>
          <dt>{tr('联系电话', 'Contact phone')}</dt>
          <dd>{e.contactPhone ?? '—'}</dd>
        </dl>
      </div>
      {REQUEST_READERS.includes(role) ? (
        <section className="panel" aria-labelledby="enterprise-requests">
          <h2 id="enterprise-requests">{tr('企业诉求', 'Requests')}</h2>
          {requests.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
          {requests.data.status === 'error' ? <ErrorNotice error={requests.data.error} /> : null}
          {requests.data.status === 'ready' ? (
            requests.data.data.items.length === 0 ? (
              <p>
                {tr(
                  '您可查看的诉求中没有该企业的。',
                  'None of the requests you may see is from this enterprise.',
                )}
              </p>
            ) : (
              <ul className="plain-list">
                {requests.data.data.items.map((item) => (
                  <li key={item.requestId}>
                    <a href={hrefFor({ screen: 'detail', requestId: item.requestId })}>{item.title}</a>{' '}
                    <span className="muted">
                      {item.receiptCode} · {t(statusName(item.status))}
                    </span>
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </section>
      ) : null}
    </>
  );
};
