import type { PairingView } from '@qinqing/party-building/contracts';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/apiClient';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextAreaField, TextField } from '../../components/FormField';
import type { Bilingual } from '../../i18n/LocaleContext';
import { useText } from '../../i18n/useText';
import { unclaimedFailure } from '../credit/unclaimedFailure';
import { useKeysetPages } from './useKeysetPages';

const FIELDS = ['branchName', 'department', 'enterprises', 'startedOn', 'endsOn'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;
const EMPTY: Draft = { branchName: '', department: '', enterprises: '', startedOn: '', endsOn: '' };

const codesOf = (text: string): string[] =>
  text
    .split(/[\s,，、;；]+/u)
    .map((code) => code.trim())
    .filter((code) => code !== '');

/** A refusal naming the enterprises (`enterprises` or `enterprises.<i>`), said with the code it names. */
const enterprisesProblem = (failure: ApiError | null, codes: readonly string[]): Bilingual | null => {
  if (failure === null) return null;
  const named = [
    ...(failure.problem.fields ?? []),
    ...(failure.problem.field === undefined
      ? []
      : [{ field: failure.problem.field, message: failure.problem.message }]),
  ].find((p) => p.field === 'enterprises' || p.field.startsWith('enterprises.'));
  if (named === undefined) return null;
  const index = /^enterprises\.(\d+)$/u.exec(named.field)?.[1];
  const code = index === undefined ? undefined : codes[Number(index)];
  return code === undefined
    ? named.message
    : { zh: `${code}：${named.message.zh}`, en: `${code}: ${named.message.en}` };
};

/**
 * 四联四帮 (Jinjiang 三(一)): a department's party branch paired with up to twenty enterprises, from its start to
 * its planned end; staff record one (the enterprises one credit code a line, a refusal naming the code).
 */
export const PairingsScreen = ({ mayRecord }: { readonly mayRecord: boolean }) => {
  const { tr } = useText();
  const list = useKeysetPages<PairingView>('/party-building/pairings', {});
  const command = useCommand();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const codes = codesOf(draft.enterprises);
  const field = (name: keyof Draft) => ({
    id: `pairing-${name}`,
    value: draft[name],
    onChange: (value: string) => setDraft((d) => ({ ...d, [name]: value })),
    error:
      name === 'enterprises'
        ? enterprisesProblem(command.failure, codes)
        : (command.failure?.messageFor(name) ?? null),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const answer = await command.run<{ pairingId: string }>('/party-building/pairings', {
      method: 'POST',
      body: { ...draft, enterprises: codes, endsOn: draft.endsOn === '' ? null : draft.endsOn },
    });
    if (answer) {
      setDone(
        tr(
          `已登记 ${draft.branchName} 联系 ${codes.length} 家企业`,
          `Recorded ${draft.branchName} paired with ${codes.length} enterprise(s)`,
        ),
      );
      setDraft(EMPTY);
      list.reload();
    }
  };
  return (
    <div className="party-building">
      {mayRecord ? (
        <form className="panel" aria-labelledby="pairing-form-title" noValidate onSubmit={submit}>
          <h2 id="pairing-form-title">{tr('登记四联四帮结对', 'Record a 四联四帮 pairing')}</h2>
          <div className="form-grid">
            <TextField {...field('branchName')} label={tr('机关党支部', 'Department’s branch')} required />
            <TextField {...field('department')} label={tr('部门', 'Department')} required />
            <TextField {...field('startedOn')} type="date" label={tr('开始日期', 'Started on')} required />
            <TextField {...field('endsOn')} type="date" label={tr('计划结束日期', 'Planned end')} />
          </div>
          <TextAreaField
            {...field('enterprises')}
            label={tr(
              '结对企业（统一社会信用代码，每行一个，1–20家）',
              'Enterprises (credit codes, one a line, 1–20)',
            )}
            rows={4}
            required
          />
          <ErrorNotice error={unclaimedFailure(command.failure, [...FIELDS])} />
          {done === null ? null : (
            <p className="notice notice--ok" role="status">
              {done}
            </p>
          )}
          <div className="action-form__buttons">
            <button type="submit" className="button button--primary" disabled={command.busy}>
              {tr('登记', 'Record')}
            </button>
          </div>
        </form>
      ) : null}
      <h2>{tr('结对情况', 'Pairings')}</h2>
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('还没有登记结对。', 'No pairing is recorded yet.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="party-pairings">
            <caption className="visually-hidden">{tr('四联四帮结对', '四联四帮 pairings')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('机关党支部', 'Branch')}</th>
                <th scope="col">{tr('部门', 'Department')}</th>
                <th scope="col">{tr('结对企业', 'Enterprises')}</th>
                <th scope="col">{tr('期间', 'Period')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.pairingId}>
                  <td>{item.branchName}</td>
                  <td>{item.department}</td>
                  <td>
                    {item.enterprises.map((code) => (
                      <div key={code}>{code}</div>
                    ))}
                  </td>
                  <td>
                    {item.endedOn === null
                      ? tr(
                          `${item.startedOn} 起${item.endsOn === null ? '' : `，计划至 ${item.endsOn}`}`,
                          `from ${item.startedOn}${item.endsOn === null ? '' : `, planned to ${item.endsOn}`}`,
                        )
                      : tr(
                          `${item.startedOn} 至 ${item.endedOn}（已结束）`,
                          `${item.startedOn} to ${item.endedOn} (ended)`,
                        )}
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
