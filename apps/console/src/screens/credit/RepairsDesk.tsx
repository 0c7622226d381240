import { REPAIR_DECISION_OUTCOMES, type RepairAnswer, type RepairView } from '@qinqing/credit/contracts';
import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/useCommand';
import { ClockBadge } from '../../components/ClockBadge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextAreaField } from '../../components/FormField';
import type { Bilingual } from '../../i18n/LocaleContext';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { caseClockView } from './caseClock';
import { StatusSwitch } from './StatusSwitch';
import { unclaimedFailure } from './unclaimedFailure';
import { useCasePages } from './useCasePages';

const OUTCOME_NAMES: Record<(typeof REPAIR_DECISION_OUTCOMES)[number], Bilingual> = {
  granted: { zh: '准予修复', en: 'Granted' },
  refused: { zh: '不予修复', en: 'Refused' },
};
const CLOCK_NAME = { zh: '修复决定时限', en: 'Decide by' };

/**
 * 信用修复: pending repair applications due first, each with the correction evidence, the signed commitment and
 * its working-day clock; granted ends the record's publication, refused needs reasons.
 */
export const RepairsDesk = () => {
  const { t, tr } = useText();
  const [status, setStatus] = useState<'pending' | 'decided'>('pending');
  const [deciding, setDeciding] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = useCasePages<RepairView>('/credit/repairs', status);
  const chosen = list.items.find((item) => item.applicationId === deciding);
  return (
    <>
      <StatusSwitch
        value={status}
        options={[
          ['pending', tr('待决定', 'Pending')],
          ['decided', tr('已决定', 'Decided')],
        ]}
        onChange={(next) => {
          setStatus(next as 'pending' | 'decided');
          setDeciding(null);
        }}
      />
      {done === null ? null : (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {chosen === undefined ? null : (
        <RepairDecisionForm
          key={chosen.applicationId}
          application={chosen}
          onCancel={() => setDeciding(null)}
          onDecided={(answer) => {
            setDeciding(null);
            setDone(
              tr(
                `已决定 ${answer.documentNumber} 的修复申请`,
                `Decided the repair of ${answer.documentNumber}`,
              ),
            );
            list.reload();
          }}
        />
      )}
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>
          {status === 'pending'
            ? tr('没有待决定的修复申请。', 'No pending applications.')
            : tr('暂无已决定的修复申请。', 'No decided applications yet.')}
        </p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="credit-cases">
            <caption>
              {status === 'pending'
                ? tr('待决定的修复申请（到期早者在前）', 'Pending applications (due first)')
                : tr('已决定的修复申请', 'Decided applications')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tr('企业 / 文书号', 'Enterprise / document')}</th>
                <th scope="col">{tr('纠正失信行为的证明', 'Correction evidence')}</th>
                <th scope="col">{tr('信用承诺书', 'Commitment')}</th>
                <th scope="col">{tr('时限', 'Time limit')}</th>
                <th scope="col">{status === 'pending' ? tr('操作', 'Actions') : tr('决定', 'Decision')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.applicationId}>
                  <td>
                    <a href={hrefFor({ screen: 'credit-file', creditCode: item.creditCode })}>
                      {item.enterpriseName ?? item.creditCode}
                    </a>
                    <div className="muted">{item.documentNumber}</div>
                  </td>
                  <td className="credit-cases__text">{item.correctionEvidence}</td>
                  <td>
                    {item.commitment.signatoryName}（{item.commitment.signatoryPosition}）
                    <div className="muted">
                      {tr(
                        `${item.appliedOn} 签署，版本 ${item.commitment.textVersion}`,
                        `signed ${item.appliedOn}, version ${item.commitment.textVersion}`,
                      )}
                    </div>
                  </td>
                  <td>
                    <ClockBadge
                      clock={caseClockView(item.clock, item.status === 'pending')}
                      name={CLOCK_NAME}
                    />
                  </td>
                  <td>
                    {item.status === 'pending' ? (
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          setDone(null);
                          setDeciding(item.applicationId);
                        }}
                      >
                        {tr('决定', 'Decide')}
                        <span className="visually-hidden"> {item.documentNumber}</span>
                      </button>
                    ) : (
                      <>
                        {t(OUTCOME_NAMES[item.status])}
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

const RepairDecisionForm = ({
  application,
  onDecided,
  onCancel,
}: {
  readonly application: RepairView;
  readonly onDecided: (answer: RepairAnswer) => void;
  readonly onCancel: () => void;
}) => {
  const { t, tr } = useText();
  const command = useCommand();
  const [outcome, setOutcome] = useState<string>('granted');
  const [reasons, setReasons] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await command.run<RepairAnswer>(
      `/credit/repairs/${encodeURIComponent(application.applicationId)}/decision`,
      { method: 'POST', body: { outcome, reasons } },
    );
    if (answer) onDecided(answer);
  };
  return (
    <form
      className="panel action-form credit-form"
      aria-labelledby="repair-decision-title"
      noValidate
      onSubmit={submit}
    >
      <h3 id="repair-decision-title">
        {tr('决定信用修复', 'Decide the repair')} · {application.documentNumber}
      </h3>
      <div className="form-grid">
        <SelectField
          id="repair-outcome"
          label={tr('决定', 'Decision')}
          value={outcome}
          onChange={setOutcome}
          error={command.failure?.messageFor('outcome') ?? null}
          options={REPAIR_DECISION_OUTCOMES.map((o) => ({ value: o, label: t(OUTCOME_NAMES[o]) }))}
          required
        />
        <TextAreaField
          id="repair-reasons"
          label={tr('决定理由', 'Reasons')}
          value={reasons}
          onChange={setReasons}
          error={command.failure?.messageFor('reasons') ?? null}
          rows={2}
          required
        />
      </div>
      <ErrorNotice error={unclaimedFailure(command.failure, ['outcome', 'reasons'])} />
      <div className="action-form__buttons">
        <button type="submit" className="button button--primary" disabled={command.busy}>
          {tr('提交决定', 'Record the decision')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tr('取消', 'Cancel')}
        </button>
      </div>
    </form>
  );
};
