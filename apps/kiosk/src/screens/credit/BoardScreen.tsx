import {
  type BoardEntryView,
  type BoardView,
  CREDIT_RECORD_KIND_NAMES,
  CREDIT_SEVERITY_NAMES,
} from '@qinqing/credit/contracts';
import { useEffect, useState } from 'react';
import { creditApi } from '../../api/creditApi';
import { ApiError } from '../../api/kioskApi';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'none' }
  | { readonly state: 'failed' }
  | { readonly state: 'shown'; readonly board: BoardView };

/** 诚信红黑榜: the latest published board, public, no identification; read-only, so nothing to lose on ⌂. */
export const BoardScreen = () => {
  const { t } = useKioskPrefs();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    creditApi.currentBoard().then(
      (board) => live && setLoaded({ state: 'shown', board }),
      (failure: unknown) =>
        live &&
        setLoaded(
          failure instanceof ApiError && failure.status === 404 ? { state: 'none' } : { state: 'failed' },
        ),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    // Focusable: the lists scroll when long (large text), and a keyboard must reach them too.
    <section className="screen liaison board" aria-labelledby="board-title" tabIndex={0}>
      <h1 id="board-title">{t('boardTitle')}</h1>
      {loaded.state === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {loaded.state === 'none' ? <p className="lead">{t('noBoard')}</p> : null}
      {loaded.state === 'failed' ? (
        <p className="hint hint--error" role="alert">
          {t('networkError')}
        </p>
      ) : null}
      {loaded.state === 'shown' ? (
        <>
          <p className="lead">
            {t('boardPeriod', {
              period: loaded.board.period,
              from: loaded.board.firstDay,
              to: loaded.board.lastDay,
              approved: loaded.board.approvedOn ?? '',
            })}
          </p>
          <div className="board__lists">
            <BoardList title={t('redList')} tone="red" entries={loaded.board.red} />
            <BoardList title={t('blackList')} tone="black" entries={loaded.board.black} />
          </div>
        </>
      ) : null}
    </section>
  );
};

const BoardList = ({
  title,
  tone,
  entries,
}: {
  readonly title: string;
  readonly tone: 'red' | 'black';
  readonly entries: readonly BoardEntryView[];
}) => {
  const { t, local, lang } = useKioskPrefs();
  const id = `board-${tone}`;
  return (
    <section className={`board__list board__list--${tone}`} aria-labelledby={id}>
      <h2 id={id}>{lang === 'zh' ? `${title}（${entries.length}）` : `${title} (${entries.length})`}</h2>
      {entries.length === 0 ? <p className="hint">{t('emptyList')}</p> : null}
      <ol className="liaison__problems">
        {entries.map((entry) => (
          <li key={entry.documentNumber} className="liaison__problem">
            <strong>{entry.enterpriseName}</strong>
            <span>
              {local(CREDIT_RECORD_KIND_NAMES[entry.kind])}
              {entry.severity === null ? '' : ` · ${local(CREDIT_SEVERITY_NAMES[entry.severity])}`}
            </span>
            <small>{t('decidedBy', { authority: entry.issuingAuthority, date: entry.decidedOn })}</small>
            {entry.publicUntil === null ? null : (
              <small>
                {t('publicUntil')} {entry.publicUntil}
              </small>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
};
