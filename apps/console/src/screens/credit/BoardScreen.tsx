import type { BoardEntryView, BoardPage, BoardView } from '@qinqing/credit/contracts';
import { type FormEvent, useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { kindName, severityName } from './creditNames';
import { unclaimedFailure } from './unclaimedFailure';

/**
 * 红黑榜: draft a period's board (the server computes the entries), review its red and black lists, approve
 * it (published, never changed again); the boards published so far.
 */
export const BoardScreen = () => {
  const { tr } = useText();
  const command = useCommand();
  const [period, setPeriod] = useState('');
  const [board, setBoard] = useState<BoardView | null>(null);
  const published = useApiData<BoardPage>('/credit/boards?limit=20');
  const draft = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await command.run<BoardView>('/credit/boards', { method: 'POST', body: { period } });
    if (answer) setBoard(answer);
  };
  const approve = async () => {
    if (board === null) return;
    const answer = await command.run<BoardView>(
      `/credit/boards/${encodeURIComponent(board.boardId)}/approval`,
      { method: 'POST' },
    );
    if (answer) {
      setBoard(answer);
      published.reload();
    }
  };
  return (
    <>
      <form className="filters" aria-label={tr('起草榜单', 'Draft a board')} noValidate onSubmit={draft}>
        <TextField
          id="board-period"
          label={tr('期别（如 2026-Q3）', 'Period (e.g. 2026-Q3)')}
          value={period}
          onChange={setPeriod}
          error={command.failure?.messageFor('period') ?? null}
          required
        />
        <button type="submit" className="button button--primary" disabled={command.busy}>
          {tr('起草', 'Draft')}
        </button>
      </form>
      <ErrorNotice error={unclaimedFailure(command.failure, ['period'])} />
      {board === null ? null : (
        <BoardReview board={board} busy={command.busy} onApprove={() => void approve()} />
      )}
      <section className="panel" aria-labelledby="boards-published">
        <h2 id="boards-published">{tr('已发布的榜单', 'Published boards')}</h2>
        {published.data.status === 'error' ? <ErrorNotice error={published.data.error} /> : null}
        {published.data.status === 'ready' ? (
          published.data.data.items.length === 0 ? (
            <p>{tr('尚未发布榜单。', 'No board published yet.')}</p>
          ) : (
            <ul className="plain-list">
              {published.data.data.items.map((item) => (
                <li key={item.boardId}>
                  {item.period}{' '}
                  <span className="muted">
                    {tr(
                      `${item.approvedOn} 发布 · 红榜 ${item.counts.red} · 黑榜 ${item.counts.black}`,
                      `published ${item.approvedOn} · red ${item.counts.red} · black ${item.counts.black}`,
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>
    </>
  );
};

const BoardReview = ({
  board,
  busy,
  onApprove,
}: {
  readonly board: BoardView;
  readonly busy: boolean;
  readonly onApprove: () => void;
}) => {
  const { tr } = useText();
  return (
    <section className="panel" aria-labelledby="board-review">
      <h2 id="board-review">
        {board.period}（{board.firstDay} – {board.lastDay}）{' '}
        <span className={`chip ${board.status === 'published' ? 'chip--positive' : 'chip--repairable'}`}>
          {board.status === 'published'
            ? tr(`${board.approvedOn ?? ''} 已发布`, `published ${board.approvedOn ?? ''}`)
            : tr('草稿', 'Draft')}
        </span>
      </h2>
      <p className="muted">{tr(`名单按 ${board.asOf} 计算`, `Entries computed on ${board.asOf}`)}</p>
      <EntryTable
        caption={tr(`红榜（守信激励）${board.red.length} 家`, `Red list: ${board.red.length}`)}
        entries={board.red}
      />
      <EntryTable
        caption={tr(`黑榜（失信公示）${board.black.length} 家`, `Black list: ${board.black.length}`)}
        entries={board.black}
      />
      {board.status === 'draft' ? (
        <div className="action-form__buttons">
          <button type="button" className="button button--primary" disabled={busy} onClick={onApprove}>
            {tr('审核通过并发布', 'Approve and publish')}
          </button>
        </div>
      ) : null}
    </section>
  );
};

const EntryTable = ({
  caption,
  entries,
}: {
  readonly caption: string;
  readonly entries: readonly BoardEntryView[];
}) => {
  const { t, tr } = useText();
  return (
    <div className="table-wrap">
      <table className="credit-board">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('企业', 'Enterprise')}</th>
            <th scope="col">{tr('文书号', 'Document number')}</th>
            <th scope="col">{tr('类别 / 程度', 'Kind / severity')}</th>
            <th scope="col">{tr('决定', 'Decision')}</th>
            <th scope="col">{tr('公示至', 'Public until')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 ? (
            <tr>
              <td colSpan={5}>{tr('本期无企业上榜。', 'No enterprise on this list.')}</td>
            </tr>
          ) : (
            entries.map((entry) => (
              <tr key={entry.documentNumber}>
                <td>
                  {entry.enterpriseName}
                  <div className="muted">{entry.creditCode}</div>
                </td>
                <td>{entry.documentNumber}</td>
                <td>
                  {t(kindName(entry.kind))}
                  {entry.severity === null ? null : (
                    <div className="muted">{t(severityName(entry.severity))}</div>
                  )}
                </td>
                <td>
                  {entry.issuingAuthority}
                  <div className="muted">{entry.decidedOn}</div>
                </td>
                <td>{entry.publicUntil ?? '—'}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
};
