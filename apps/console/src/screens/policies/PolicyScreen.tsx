import type { PolicyNoticeTotalsView } from '@qinqing/liaison/contracts';
import type { PolicyMatchView, PolicyPreview, PolicyView } from '@qinqing/service-centre/contracts';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/apiClient';
import { useApiData } from '../../api/useApiData';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { useKeysetPages } from '../party-building/useKeysetPages';
import { STATUS_LABELS } from './PoliciesScreen';
import { PolicyForm } from './PolicyForm';

const CRITERION_LABELS: Record<string, readonly [string, string]> = {
  large: ['大型', 'large'],
  medium: ['中型', 'medium'],
  small: ['小型', 'small'],
  micro: ['微型', 'micro'],
  'key-backbone': ['重点骨干企业', 'key backbone'],
  'four-new': ['“四新”企业', '"four new"'],
  'high-growth': ['高成长企业', 'high growth'],
  'in-difficulty': ['暂时困难企业', 'in difficulty'],
};

const MatchTable = ({
  caption,
  items,
}: {
  readonly caption: string;
  readonly items: readonly PolicyMatchView[];
}) => {
  const { tr, t } = useText();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('统一社会信用代码', 'Credit code')}</th>
            <th scope="col">{tr('企业名称', 'Enterprise')}</th>
            <th scope="col">{tr('匹配原因', 'Why it matches')}</th>
            <th scope="col">{tr('排除原因', 'Why it is left out')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.creditCode}>
              <td>{m.creditCode}</td>
              <td>{m.name}</td>
              <td>{t(m.explanation)}</td>
              <td>{m.exclusion === null ? '—' : t(m.exclusion.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/**
 * How the policy's SMS notices fared: liaison texts the enterprises it was pushed to, at the mobiles only the
 * directory holds, and counts the outcomes (no enterprise is named here).
 */
const NoticeTotals = ({ policyId }: { readonly policyId: string }) => {
  const { tr } = useText();
  const totals = useApiData<PolicyNoticeTotalsView>(`/liaison/policy-notices/${policyId}`);
  const n = totals.data.status === 'ready' ? totals.data.data : null;
  return (
    <>
      <dt>{tr('短信通知', 'SMS notices')}</dt>
      <dd id="policy-notice-totals">
        {totals.data.status === 'loading' ? tr('加载中…', 'Loading…') : null}
        {totals.data.status === 'error' ? <ErrorNotice error={totals.data.error} /> : null}
        {n === null
          ? null
          : tr(
              `已发送 ${n.sent} 家 · 无联系手机 ${n.noContactPhone} 家 · 发送失败 ${n.failed} 家 · 待发送 ${n.pending} 家` +
                (n.withheld > 0 ? ` · 因信用惩戒不发送 ${n.withheld} 家` : ''),
              `${n.sent} texted · ${n.noContactPhone} without a mobile · ${n.failed} failed · ${n.pending} waiting` +
                (n.withheld > 0 ? ` · ${n.withheld} withheld under a credit restriction` : ''),
            )}
      </dd>
    </>
  );
};

/** The call list of a published policy: the enterprises it reached (or left out), by credit code. */
const CallList = ({ policyId }: { readonly policyId: string }) => {
  const { tr } = useText();
  const [excluded, setExcluded] = useState(false);
  const list = useKeysetPages<PolicyMatchView>(`/service-centre/policies/${policyId}/call-list`, {
    excluded: excluded ? 'true' : 'false',
  });
  return (
    <section aria-labelledby="call-list-title">
      <h2 id="call-list-title">{tr('电话联系名单', 'Call list')}</h2>
      <p>
        <label className="check">
          <input type="checkbox" checked={excluded} onChange={() => setExcluded(!excluded)} />
          {tr('显示因信用惩戒被排除的企业', 'Show the enterprises left out under a credit restriction')}
        </label>
      </p>
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('没有企业。', 'No enterprise.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <MatchTable
          caption={excluded ? tr('被排除的企业', 'Left out') : tr('推送的企业', 'Pushed to')}
          items={list.items}
        />
      )}
      <ErrorNotice error={list.failure} />
      {list.next === null ? null : (
        <button type="button" className="button" onClick={() => void list.loadMore()}>
          {tr('加载更多', 'Load more')}
        </button>
      )}
    </section>
  );
};

/**
 * One policy: its details; for a draft, edit, the preview of who it would reach and why, and publish; once
 * published, its counts, how its SMS notices fared, the call list and withdraw. Editing is for service staff and
 * administrators; the notices and the call list for them and supervisors.
 */
export const PolicyScreen = ({
  policyId,
  mayEdit,
  mayCall,
  onTitle,
}: {
  readonly policyId: string;
  readonly mayEdit: boolean;
  readonly mayCall: boolean;
  readonly onTitle: (title: string) => void;
}) => {
  const { tr } = useText();
  const policy = useApiData<PolicyView>(`/service-centre/policies/${policyId}`);
  const [editing, setEditing] = useState(false);
  const [preview, setPreview] = useState<PolicyPreview | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const title = policy.data.status === 'ready' ? policy.data.data.title : null;
  const labels = (codes: readonly string[]) =>
    codes
      .map((code) => {
        const [zh, en] = CRITERION_LABELS[code] ?? [code, code];
        return tr(zh, en);
      })
      .join(' ');
  useEffect(() => {
    if (title !== null) onTitle(title);
  }, [title, onTitle]);

  const act = async (path: string, body?: unknown) => {
    try {
      await api(path, { method: 'POST', ...(body === undefined ? {} : { body }) });
      setError(null);
      setPreview(null);
      policy.reload();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  };
  const showPreview = async () => {
    try {
      setPreview(await api<PolicyPreview>(`/service-centre/policies/${policyId}/preview`));
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  };

  if (policy.data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (policy.data.status === 'error') return <ErrorNotice error={policy.data.error} />;
  const p = policy.data.data;
  const [zh, en] = STATUS_LABELS[p.status] ?? [p.status, p.status];
  if (editing)
    return (
      <PolicyForm
        policy={p}
        onCancel={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          setPreview(null);
          policy.reload();
        }}
      />
    );
  return (
    <div className="policy">
      <dl className="facts">
        <dt>{tr('状态', 'Status')}</dt>
        <dd>{tr(zh, en)}</dd>
        <dt>{tr('发文机关与文号', 'Issuer and number')}</dt>
        <dd>
          {p.issuingBody || '—'} {p.documentNumber || '—'}
        </dd>
        <dt>{tr('施行期间', 'In force')}</dt>
        <dd>
          {p.effectiveOn} – {p.expiresOn ?? tr('长期', 'open-ended')}
        </dd>
        <dt>{tr('摘要', 'Summary')}</dt>
        <dd>{p.summary || '—'}</dd>
        <dt>{tr('优惠内容', 'Benefits')}</dt>
        <dd>{p.benefits.join('；') || '—'}</dd>
        <dt>{tr('适用条件', 'Criteria')}</dt>
        <dd>
          {tr('行业', 'industries')} {p.criteria.industries.join(' ') || tr('不限', 'any')} ·{' '}
          {tr('规模', 'sizes')} {labels(p.criteria.sizes) || tr('不限', 'any')} · {tr('区划', 'areas')}{' '}
          {p.criteria.areas.join(' ') || tr('不限', 'any')} · {tr('类别', 'tags')}{' '}
          {labels(p.criteria.tags) || tr('不限', 'any')}
        </dd>
        {p.matched === null ? null : (
          <>
            <dt>{tr('推送企业', 'Pushed to')}</dt>
            <dd>
              {tr(
                `${p.matched} 家（另有 ${p.excluded ?? 0} 家因信用惩戒排除）`,
                `${p.matched} (and ${p.excluded ?? 0} left out under a credit restriction)`,
              )}
            </dd>
            {mayCall ? <NoticeTotals policyId={policyId} /> : null}
          </>
        )}
      </dl>
      <ErrorNotice error={error} />
      {mayEdit && p.status === 'draft' ? (
        <p className="actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {tr('修改', 'Edit')}
          </button>{' '}
          <button type="button" className="button" onClick={() => void showPreview()}>
            {tr('预览匹配企业', 'Preview the matches')}
          </button>{' '}
          <button
            type="button"
            className="button button--primary"
            onClick={() => void act(`/service-centre/policies/${policyId}/publish`)}
          >
            {tr('发布并推送', 'Publish and push')}
          </button>
        </p>
      ) : null}
      {preview === null ? null : (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">
            {tr(
              `按 ${preview.asOf} 计：匹配 ${preview.matched} 家，排除 ${preview.excluded} 家`,
              `As of ${preview.asOf}: ${preview.matched} match, ${preview.excluded} left out`,
            )}
          </h2>
          <MatchTable caption={tr('匹配企业（前20家）', 'Matches (first 20)')} items={preview.firstMatches} />
          {preview.firstExclusions.length === 0 ? null : (
            <MatchTable
              caption={tr('排除企业（前20家）', 'Left out (first 20)')}
              items={preview.firstExclusions}
            />
          )}
        </section>
      )}
      {mayEdit && p.status === 'published' ? (
        <form
          className="policy-withdraw"
          onSubmit={(event) => {
            event.preventDefault();
            void act(`/service-centre/policies/${policyId}/withdraw`, { reason });
          }}
        >
          <TextField
            id="withdraw-reason"
            label={tr('撤回理由', 'Reason to withdraw')}
            value={reason}
            onChange={setReason}
            error={error?.messageFor('reason') ?? null}
          />
          <button type="submit" className="button">
            {tr('撤回政策', 'Withdraw the policy')}
          </button>
        </form>
      ) : null}
      {p.status === 'draft' || !mayCall ? null : <CallList policyId={policyId} />}
    </div>
  );
};
