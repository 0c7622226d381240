import type { MyPoliciesPage, PolicySummaryView, PolicyView } from '@qinqing/service-centre/contracts';
import { useEffect, useState } from 'react';
import { policyApi } from '../../api/policyApi';
import { POLICY_TOPICS } from '../../i18n/policyStrings';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import { TextShown } from '../../components/TextShown';
import { PinyinKeyboard } from '../../keyboards/PinyinKeyboard';
import { IdentifyEnterprise } from '../IdentifyEnterprise';
import { PolicyCard } from './PolicyCard';
import './policies.css';

type Tab = 'search' | 'mine';

/**
 * 惠企政策: the library searched by topic (anyone at the kiosk), and "policies for my enterprise" — the
 * enterprise identifies itself (the code texted to its registered phone) and reads the policies pushed to it,
 * each with why; when a credit restriction withholds policy benefits, the record is named instead.
 */
export const PoliciesScreen = ({ onDirty }: { readonly onDirty: (dirty: boolean) => void }) => {
  const { t, lang } = useKioskPrefs();
  const [tab, setTab] = useState<Tab>('search');
  const [topic, setTopic] = useState('');
  const [found, setFound] = useState<{ items: readonly PolicySummaryView[]; next: string | null } | null>(
    null,
  );
  const [mine, setMine] = useState<MyPoliciesPage | null>(null);
  const [open, setOpen] = useState<PolicyView | null>(null);
  const [failed, setFailed] = useState(false);
  const [typing, setTyping] = useState(false);
  const [keyword, setKeyword] = useState('');

  useEffect(() => {
    policyApi.search('', null).then(setFound, () => setFailed(true));
  }, []);
  const searchFor = (next: string) => {
    setTopic(next);
    setFound(null);
    policyApi.search(next, null).then(setFound, () => setFailed(true));
  };

  const more = () => {
    if (found?.next == null) return;
    policyApi.search(topic, found.next).then(
      (page) => setFound({ items: [...found.items, ...page.items], next: page.next }),
      () => setFailed(true),
    );
  };
  const loadMine = async () => setMine(await policyApi.mine(null));
  const show = (policyId: string) => policyApi.one(policyId).then(setOpen, () => setFailed(true));

  if (open !== null)
    return (
      <section className="screen policies" aria-labelledby="policy-title" tabIndex={0}>
        <h1 id="policy-title">{open.title}</h1>
        <p className="policy-card__issued">
          {t('policiesIssued', { body: open.issuingBody, number: open.documentNumber })}
        </p>
        <div className="policy-fulltext">
          {open.fullText.split('\n').map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={() => setOpen(null)}>
            {t('policiesBack')}
          </button>
        </div>
      </section>
    );

  return (
    <section className="screen policies" aria-labelledby="policies-title" tabIndex={0}>
      <h1 id="policies-title">{t('policiesTitle')}</h1>
      <div className="policies__tabs" role="group">
        <button
          type="button"
          className={tab === 'search' ? 'primary' : 'secondary'}
          aria-pressed={tab === 'search'}
          onClick={() => setTab('search')}
        >
          {t('policiesSearch')}
        </button>
        <button
          type="button"
          className={tab === 'mine' ? 'primary' : 'secondary'}
          aria-pressed={tab === 'mine'}
          onClick={() => setTab('mine')}
        >
          {t('policiesMine')}
        </button>
      </div>
      {failed ? (
        <p className="hint hint--error" role="alert">
          {t('policiesFailed')}
        </p>
      ) : null}
      {tab === 'search' ? (
        <>
          <p className="policies__topics-title">{t('policiesTopics')}</p>
          <div className="policies__topics" role="group" aria-label={t('policiesTopics')}>
            {[{ zh: '', en: '' }, ...POLICY_TOPICS].map((item) => (
              <button
                key={item.zh}
                type="button"
                className={topic === item.zh ? 'chip chip--on' : 'chip'}
                aria-pressed={topic === item.zh}
                onClick={() => searchFor(item.zh)}
              >
                {item.zh === '' ? t('policiesAll') : item[lang]}
              </button>
            ))}
          </div>
          {typing ? (
            <div className="policies__keyword">
              <TextShown id="policy-keyword" label={t('policiesKeyword')} value={keyword} />
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  disabled={keyword.trim() === ''}
                  onClick={() => {
                    setTyping(false);
                    searchFor(keyword.trim());
                  }}
                >
                  {t('policiesFind')}
                </button>
              </div>
              <PinyinKeyboard
                label={t('policiesKeyword')}
                onInsert={(text) => setKeyword((k) => [...(k + text)].slice(0, 50).join(''))}
                onDeleteLast={() => setKeyword((k) => [...k].slice(0, -1).join(''))}
              />
            </div>
          ) : (
            <div className="actions">
              <button type="button" className="secondary" onClick={() => setTyping(true)}>
                {t('policiesType')}
              </button>
            </div>
          )}
          {topic !== '' && !POLICY_TOPICS.some((item) => item.zh === topic) ? (
            <p className="lead" role="status">
              {t('policiesKeyword')}：{topic}
            </p>
          ) : null}
          {found === null ? (
            <p aria-busy="true">{t('policiesLoading')}</p>
          ) : found.items.length === 0 ? (
            <p className="lead">{t('policiesNoneFound')}</p>
          ) : (
            <ul className="policy-list">
              {found.items.map((policy) => (
                <PolicyCard
                  key={policy.policyId}
                  policy={policy}
                  why={null}
                  onOpen={() => void show(policy.policyId)}
                />
              ))}
            </ul>
          )}
          {found?.next == null ? null : (
            <div className="actions">
              <button type="button" className="secondary" onClick={more}>
                {t('policiesMore')}
              </button>
            </div>
          )}
        </>
      ) : mine === null ? (
        <IdentifyEnterprise errorId="policies-error" onDirty={onDirty} onIdentified={loadMine} />
      ) : mine.withheld !== null ? (
        <div className="policies__withheld" role="status">
          <h2>{t('policiesWithheld')}</h2>
          <p>{mine.withheld.reason[lang]}</p>
        </div>
      ) : mine.items.length === 0 ? (
        <p className="lead">{t('policiesNone')}</p>
      ) : (
        <ul className="policy-list">
          {mine.items.map((policy) => (
            <PolicyCard
              key={policy.policyId}
              policy={policy}
              why={policy.explanation}
              onOpen={() => void show(policy.policyId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
};
