import {
  type IntegrityFile,
  OBJECTION_DECISION_OUTCOMES,
  type ObjectionAnswer,
  type ObjectionView,
} from '@qinqing/credit/contracts';
import { type FormEvent, useState } from 'react';
import { queryString } from '../../api/apiClient';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { ClockBadge } from '../../components/ClockBadge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextAreaField } from '../../components/FormField';
import type { Bilingual } from '../../i18n/LocaleContext';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { caseClockView } from './caseClock';
import { changesOf, factsOf, type RecordFacts, RecordFactsFields, shownFacts } from './RecordFactsFields';
import { unclaimedFailure } from './unclaimedFailure';
import { StatusSwitch } from './StatusSwitch';
import { useCasePages } from './useCasePages';

const OUTCOME_NAMES: Record<(typeof OBJECTION_DECISION_OUTCOMES)[number], Bilingual> = {
  upheld: { zh: '维持', en: 'Upheld' },
  corrected: { zh: '更正', en: 'Corrected' },
  withdrawn: { zh: '撤销', en: 'Withdrawn' },
};
const CLOCK_NAME = { zh: '异议处理时限', en: 'Decide by' };

/** 异议处理: open objections due first, each with its working-day clock and the decision form; decided ones. */
export const ObjectionsDesk = () => {
  const { t, tr } = useText();
  const [status, setStatus] = useState<'open' | 'decided'>('open');
  const [deciding, setDeciding] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = useCasePages<ObjectionView>('/credit/objections', status);
  const chosen = list.items.find((item) => item.objectionId === deciding);
  return (
    <>
      <StatusSwitch
        value={status}
        options={[
          ['open', tr('待处理', 'Open')],
          ['decided', tr('已处理', 'Decided')],
        ]}
        onChange={(next) => {
          setStatus(next as 'open' | 'decided');
          setDeciding(null);
        }}
      />
      {done === null ? null : (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {chosen === undefined ? null : (
        <ObjectionDecisionForm
          key={chosen.objectionId}
          objection={chosen}
          onCancel={() => setDeciding(null)}
          onDecided={(answer) => {
            setDeciding(null);
            setDone(
              tr(`已处理异议 ${answer.documentNumber}`, `Decided the objection to ${answer.documentNumber}`),
            );
            list.reload();
          }}
        />
      )}
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>
          {status === 'open'
            ? tr('没有待处理的异议。', 'No open objections.')
            : tr('暂无已处理的异议。', 'No decided objections yet.')}
        </p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="credit-cases">
            <caption>
              {status === 'open'
                ? tr('待处理异议（到期早者在前）', 'Open objections (due first)')
                : tr('已处理异议', 'Decided objections')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tr('企业 / 文书号', 'Enterprise / document')}</th>
                <th scope="col">{tr('异议理由', 'Grounds')}</th>
                <th scope="col">{tr('提出', 'Filed')}</th>
                <th scope="col">{tr('时限', 'Time limit')}</th>
                <th scope="col">{status === 'open' ? tr('操作', 'Actions') : tr('结果', 'Outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.objectionId}>
                  <td>
                    <a href={hrefFor({ screen: 'credit-file', creditCode: item.creditCode })}>
                      {item.enterpriseName ?? item.creditCode}
                    </a>
                    <div className="muted">{item.documentNumber}</div>
                  </td>
                  <td className="credit-cases__text">{item.grounds}</td>
                  <td>
                    {item.filedOn}
                    <div className="muted">
                      {item.filedBy === 'kiosk-enterprise'
                        ? tr('企业自助终端', 'Kiosk')
                        : tr('信用管理员代录', 'Officer')}
                    </div>
                  </td>
                  <td>
                    <ClockBadge clock={caseClockView(item.clock, item.status === 'open')} name={CLOCK_NAME} />
                  </td>
                  <td>
                    {item.status === 'open' ? (
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          setDone(null);
                          setDeciding(item.objectionId);
                        }}
                      >
                        {tr('处理', 'Decide')}
                        <span className="visually-hidden"> {item.documentNumber}</span>
                      </button>
                    ) : (
                      <>
                        {item.status === 'retracted'
                          ? tr('企业已撤回', 'Retracted')
                          : item.outcome === null
                            ? '—'
                            : t(OUTCOME_NAMES[item.outcome])}
                        {item.reasons === null ? null : <div className="muted">{item.reasons}</div>}
                      </>
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
    </>
  );
};

/**
 * The decision: upheld (维持), corrected (更正: the record's changes, as a correction is) or withdrawn (撤销),
 * with reasons. The record's facts come from the enterprise's file to correct from.
 */
const ObjectionDecisionForm = ({
  objection,
  onDecided,
  onCancel,
}: {
  readonly objection: ObjectionView;
  readonly onDecided: (answer: ObjectionAnswer) => void;
  readonly onCancel: () => void;
}) => {
  const { t, tr } = useText();
  const command = useCommand();
  const [outcome, setOutcome] = useState<string>('upheld');
  const [reasons, setReasons] = useState('');
  const file = useApiData<IntegrityFile>(
    `/credit/records${queryString({ creditCode: objection.creditCode })}`,
  );
  const entry =
    file.data.status === 'ready'
      ? file.data.data.records.find((r) => r.documentNumber === objection.documentNumber)
      : undefined;
  const [facts, setFacts] = useState<RecordFacts | null>(null);
  const shownFactsNow = facts ?? (entry === undefined ? null : factsOf(entry));
  const errorFor = (field: string) =>
    command.failure?.messageFor(`changes.${field}`) ?? command.failure?.messageFor(field) ?? null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes =
      outcome === 'corrected' && entry !== undefined && shownFactsNow !== null
        ? changesOf(factsOf(entry), shownFactsNow)
        : undefined;
    const answer = await command.run<ObjectionAnswer>(
      `/credit/objections/${encodeURIComponent(objection.objectionId)}/decision`,
      { method: 'POST', body: { outcome, reasons, ...(changes === undefined ? {} : { changes }) } },
    );
    if (answer) onDecided(answer);
  };
  const shown = ['outcome', 'reasons', ...(shownFactsNow === null ? [] : shownFacts(shownFactsNow))];
  return (
    <form
      className="panel action-form credit-form"
      aria-labelledby="objection-decision-title"
      noValidate
      onSubmit={submit}
    >
      <h3 id="objection-decision-title">
        {tr('处理异议', 'Decide the objection')} · {objection.documentNumber}
      </h3>
      <p className="prose">{objection.grounds}</p>
      <div className="form-grid">
        <SelectField
          id="objection-outcome"
          label={tr('处理结果', 'Outcome')}
          value={outcome}
          onChange={setOutcome}
          error={command.failure?.messageFor('outcome') ?? null}
          options={OBJECTION_DECISION_OUTCOMES.map((o) => ({ value: o, label: t(OUTCOME_NAMES[o]) }))}
          required
        />
        <TextAreaField
          id="objection-reasons"
          label={tr('处理理由', 'Reasons')}
          value={reasons}
          onChange={setReasons}
          error={command.failure?.messageFor('reasons') ?? null}
          rows={2}
          required
        />
        {outcome === 'corrected' && shownFactsNow !== null ? (
          <RecordFactsFields
            idPrefix="objection-change"
            facts={shownFactsNow}
            onChange={setFacts}
            errorFor={errorFor}
          />
        ) : null}
      </div>
      <ErrorNotice
        error={unclaimedFailure(command.failure, [...shown, ...shown.map((f) => `changes.${f}`)])}
      />
      <div className="action-form__buttons">
        <button type="submit" className="button button--primary" disabled={command.busy}>
          {tr('提交处理结果', 'Record the decision')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tr('取消', 'Cancel')}
        </button>
      </div>
    </form>
  );
};
