import {
  ANSWER_KIND_NAMES,
  type MyLiaisonView,
  PROBLEM_STATE_NAMES,
  VISIT_FORM_NAMES,
} from '@qinqing/liaison/contracts';
import { useState } from 'react';
import { kioskApi } from '../api/kioskApi';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { IdentifyEnterprise } from './IdentifyEnterprise';

/**
 * 我的联系领导: the walk-in proves it is the enterprise (credit code, then the code texted to the phone the
 * enterprise directory holds), then sees the officials who liaise with it and the problems raised at their visits
 * with each one's state and answer.
 */
export const MyLiaisonScreen = ({ onDirty }: { readonly onDirty: (dirty: boolean) => void }) => {
  const { t } = useKioskPrefs();
  const [view, setView] = useState<MyLiaisonView | null>(null);
  return (
    // Focusable: the record scrolls when it is long (large text), and a keyboard must reach it too.
    <section className="screen liaison" aria-labelledby="liaison-title" tabIndex={0}>
      <h1 id="liaison-title">{t('liaisonTitle')}</h1>
      {view === null ? (
        <IdentifyEnterprise
          errorId="liaison-error"
          onDirty={onDirty}
          onIdentified={async () => setView(await kioskApi.myLiaison())}
        />
      ) : (
        <LiaisonRecord view={view} />
      )}
    </section>
  );
};

const LiaisonRecord = ({ view }: { readonly view: MyLiaisonView }) => {
  const { t, local } = useKioskPrefs();
  const named = (names: Readonly<Record<string, { zh: string; en: string }>>, key: string) =>
    names[key] === undefined ? key : local(names[key]);
  return (
    <div className="liaison__record">
      <p className="lead liaison__enterprise">{view.enterprise.name ?? view.enterprise.creditCode}</p>
      <h2>{t('officialsTitle')}</h2>
      {view.officials.length === 0 ? (
        <p className="hint">{t('noOfficials')}</p>
      ) : (
        <ul className="liaison__officials">
          {view.officials.map((official) => (
            <li key={`${official.name}-${official.since}`} className="liaison__official">
              <strong className="liaison__name">{official.name}</strong>
              <span>{official.unit === null ? '' : local(official.unit)}</span>
              <dl className="facts">
                <div>
                  <dt>{t('officeChannel')}</dt>
                  <dd>{official.officeChannel ?? t('noOfficeChannel')}</dd>
                </div>
                <div>
                  <dt>{t('pairedSince')}</dt>
                  <dd>{official.since}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('problemsTitle')}</h2>
      {view.problems.length === 0 ? (
        <p className="hint">{t('noProblems')}</p>
      ) : (
        <ol className="liaison__problems">
          {view.problems.map((problem) => (
            <li key={problem.problemId} className="liaison__problem">
              <div className="liaison__problem-head">
                <strong>{problem.title}</strong>
                <span className="status-badge">{named(PROBLEM_STATE_NAMES, problem.state)}</span>
              </div>
              <small>
                {t('visitedOn', {
                  date: problem.visitDate,
                  form: named(VISIT_FORM_NAMES, problem.visitForm),
                })}
              </small>
              <p>{problem.description}</p>
              <p className="liaison__answer">
                <strong>{t('answerLabel')}：</strong>
                {problem.answer === null
                  ? t('awaitingAnswer')
                  : [
                      named(ANSWER_KIND_NAMES, problem.answer.kind),
                      problem.answer.at?.slice(0, 10),
                      problem.answer.text,
                    ]
                      .filter((part) => part !== null && part !== undefined && part !== '')
                      .join(' · ')}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
};
