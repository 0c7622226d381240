import type { HonourRecommendationAnswer, HonourRecommendationView } from '@qinqing/party-building/contracts';
import { HONOUR_NAMES, HONOURS, type Honour } from '@qinqing/party-building/domain';
import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { unclaimedFailure } from '../credit/unclaimedFailure';
import { useKeysetPages } from './useKeysetPages';

const honourName = (honour: string) => HONOUR_NAMES[honour as Honour] ?? { zh: honour, en: honour };

const FIELDS = ['creditCode', 'enterpriseName', 'honour', 'nominee', 'nomineePosition'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;
const EMPTY: Draft = {
  creditCode: '',
  enterpriseName: '',
  honour: 'model-worker',
  nominee: '',
  nomineePosition: '',
};

/**
 * 评优推荐: recommending an enterprise's responsible person for an honour, refused while a credit restriction on
 * honours is in force (一处失信、处处受限) — the refusal names the record, its authority and the restriction's
 * end — and the recorded recommendations, newest first.
 */
export const HonoursScreen = ({ mayRecommend }: { readonly mayRecommend: boolean }) => {
  const { t, tr } = useText();
  const list = useKeysetPages<HonourRecommendationView>('/party-building/honours-recommendations', {});
  const command = useCommand();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const field = (name: keyof Draft) => ({
    id: `honour-${name}`,
    value: draft[name],
    onChange: (value: string) => setDraft((d) => ({ ...d, [name]: value })),
    error: command.failure?.messageFor(name) ?? null,
  });
  const restricted = command.failure?.status === 409 && command.failure.problem.error === 'credit-restricted';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const answer = await command.run<HonourRecommendationAnswer>('/party-building/honours-recommendations', {
      method: 'POST',
      body: draft,
    });
    if (answer) {
      setDone(
        tr(
          `已推荐 ${draft.nominee}（${draft.enterpriseName}）为${honourName(answer.honour).zh}`,
          `Recommended ${draft.nominee} (${draft.enterpriseName}) as ${honourName(answer.honour).en}`,
        ),
      );
      setDraft(EMPTY);
      list.reload();
    }
  };
  return (
    <div className="party-building">
      {mayRecommend ? (
        <form
          className="panel honours-form"
          aria-labelledby="honours-form-title"
          noValidate
          onSubmit={submit}
        >
          <h2 id="honours-form-title">{tr('推荐评优', 'Recommend for an honour')}</h2>
          <p className="muted">
            {tr(
              '推荐前自动核查企业是否因失信记录受荣誉限制。',
              'Each recommendation is checked against credit restrictions on honours.',
            )}
          </p>
          <div className="form-grid">
            <TextField
              {...field('creditCode')}
              label={tr('统一社会信用代码', 'Unified social credit code')}
              required
            />
            <TextField {...field('enterpriseName')} label={tr('企业名称', 'Enterprise name')} required />
            <SelectField
              {...field('honour')}
              label={tr('荣誉', 'Honour')}
              required
              options={HONOURS.map((honour) => ({ value: honour, label: t(HONOUR_NAMES[honour]) }))}
            />
            <TextField {...field('nominee')} label={tr('被推荐人姓名', 'Nominee')} required />
            <TextField
              {...field('nomineePosition')}
              label={tr('被推荐人职务', 'Nominee’s position')}
              required
            />
          </div>
          {restricted && command.failure !== null ? (
            <div className="notice notice--error" role="alert">
              <p>
                <strong>
                  {tr('不能推荐：该企业受失信约束', 'Not recommended: the enterprise is restricted')}
                </strong>
              </p>
              <p>{t(command.failure.problem.message)}</p>
            </div>
          ) : (
            <ErrorNotice error={unclaimedFailure(command.failure, [...FIELDS])} />
          )}
          {done === null ? null : (
            <p className="notice notice--ok" role="status">
              {done}
            </p>
          )}
          <div className="action-form__buttons">
            <button type="submit" className="button button--primary" disabled={command.busy}>
              {tr('推荐', 'Recommend')}
            </button>
          </div>
        </form>
      ) : null}
      <h2>{tr('已登记的推荐', 'Recorded recommendations')}</h2>
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('还没有推荐。', 'No recommendations yet.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="party-honours">
            <caption className="visually-hidden">
              {tr('已登记的推荐（新者在前）', 'Recommendations, newest first')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tr('日期', 'Date')}</th>
                <th scope="col">{tr('企业', 'Enterprise')}</th>
                <th scope="col">{tr('荣誉', 'Honour')}</th>
                <th scope="col">{tr('被推荐人', 'Nominee')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.recordedOn}</td>
                  <td>
                    {item.enterpriseName}
                    <div className="muted">{item.creditCode}</div>
                  </td>
                  <td>{t(honourName(item.honour))}</td>
                  <td>
                    {item.nominee}（{item.nomineePosition}）
                  </td>
                </tr>
              ))}
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
