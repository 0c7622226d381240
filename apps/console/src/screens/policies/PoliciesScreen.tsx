import type { PolicySummaryView } from '@qinqing/service-centre/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { useKeysetPages } from '../party-building/useKeysetPages';
import { PolicyForm } from './PolicyForm';

export const STATUS_LABELS: Record<string, readonly [string, string]> = {
  draft: ['草稿', 'draft'],
  published: ['已发布', 'published'],
  withdrawn: ['已撤回', 'withdrawn'],
  expired: ['已失效', 'expired'],
};

/** 政策库: the policies, newest first (keyset by id); service staff and administrators draft one here. */
export const PoliciesScreen = ({ mayEdit }: { readonly mayEdit: boolean }) => {
  const { tr } = useText();
  const [drafting, setDrafting] = useState(false);
  const list = useKeysetPages<PolicySummaryView>('/service-centre/policies', {});
  return (
    <div className="policies">
      {mayEdit && !drafting ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setDrafting(true)}>
            {tr('起草政策', 'Draft a policy')}
          </button>
        </p>
      ) : null}
      {drafting ? (
        <PolicyForm
          policy={null}
          onCancel={() => setDrafting(false)}
          onSaved={(policyId) => {
            window.location.hash = hrefFor({ screen: 'policy', policyId });
          }}
        />
      ) : null}
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('政策库中还没有政策。', 'The library holds no policy yet.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{tr('政策库', 'Policy library')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('标题', 'Title')}</th>
                <th scope="col">{tr('发文机关与文号', 'Issuer and number')}</th>
                <th scope="col">{tr('生效', 'Effective')}</th>
                <th scope="col">{tr('失效', 'Expires')}</th>
                <th scope="col">{tr('状态', 'Status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => {
                const [zh, en] = STATUS_LABELS[item.status] ?? [item.status, item.status];
                return (
                  <tr key={item.policyId}>
                    <td>
                      <a href={hrefFor({ screen: 'policy', policyId: item.policyId })}>{item.title}</a>
                    </td>
                    <td>
                      {item.issuingBody} {item.documentNumber}
                    </td>
                    <td>{item.effectiveOn}</td>
                    <td>{item.expiresOn ?? '—'}</td>
                    <td>{tr(zh, en)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNotice error={list.failure} />
      {list.next === null ? null : (
        <button type="button" className="button" onClick={() => void list.loadMore()}>
          {tr('加载更多', 'Load more')}
        </button>
      )}
    </div>
  );
};
