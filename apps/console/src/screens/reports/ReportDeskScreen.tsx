import { type FormEvent, useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { useUnitNames } from '../../api/useDepartments';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import type { Bilingual } from '../../i18n/LocaleContext';
import { useText } from '../../i18n/useText';
import { DESK, FlagsPanel } from './FlagsPanel';

interface ReportSummary {
  readonly reportId: string;
  readonly channel: 'anonymous' | 'real-name';
  readonly category: string;
  readonly negativeListItemCode: string | null;
  readonly accused: {
    readonly name: string;
    readonly unitId: string;
    readonly position: string | null;
    readonly headsUnit: boolean;
    readonly officialId: string | null;
  };
  readonly filedOn: string;
  readonly status: 'open' | 'concluded';
  readonly escalation: {
    readonly dueOn: string | null;
    readonly escalatedTo: string | null;
    readonly onTime: boolean | null;
    readonly overdue: boolean;
  };
}

interface ReportView extends ReportSummary {
  readonly description: string;
  readonly reporter: { readonly name: string; readonly phone: string; readonly via: string } | null;
  readonly conclusion: {
    readonly outcome: string;
    readonly areaCode: string;
    readonly summary: string;
  } | null;
  readonly entries: readonly {
    readonly kind: string;
    readonly text: string;
    readonly on: string;
    readonly from: string;
  }[];
}

const CATEGORY: Record<string, Bilingual> = {
  collusion: { zh: '官商勾结', en: 'Collusion' },
  inaction: { zh: '为官不为', en: 'Inaction' },
  extortion: { zh: '吃拿卡要', en: 'Demanding favours' },
  'negative-list': { zh: '违反负面清单', en: 'Negative-list breach' },
  other: { zh: '其他', en: 'Other' },
};
const OUTCOME: Record<string, Bilingual> = {
  substantiated: { zh: '属实', en: 'Substantiated' },
  'partly-substantiated': { zh: '部分属实', en: 'Partly substantiated' },
  unsubstantiated: { zh: '不属实', en: 'Unsubstantiated' },
  transferred: { zh: '移送办理', en: 'Transferred' },
};

/**
 * 举报受理台: the discipline inspector's misconduct reports. Opening a report or its flagged review is recorded
 * (who, when) and shown in the read history; every other role gets 404 from these endpoints and never sees this.
 */
export const ReportDeskScreen = () => {
  const { t, tr } = useText();
  const unitName = useUnitNames();
  const [status, setStatus] = useState<'open' | 'concluded'>('open');
  const [selected, setSelected] = useState<string | null>(null);
  const list = useApiData<{ items: readonly ReportSummary[]; next: string | null }>(
    `${DESK}/reports?status=${status}&limit=50`,
  );
  return (
    <div className="report-desk">
      <div className="form-grid">
        <SelectField
          id="report-status"
          label={tr('状态', 'Status')}
          value={status}
          onChange={(value) => {
            setStatus(value === 'concluded' ? 'concluded' : 'open');
            setSelected(null);
          }}
          options={[
            { value: 'open', label: tr('办理中', 'Open') },
            { value: 'concluded', label: tr('已办结', 'Concluded') },
          ]}
        />
      </div>
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.data.data.items.length === 0 ? (
        <p>{tr('暂无举报。', 'No reports.')}</p>
      ) : null}
      {list.data.status === 'ready' && list.data.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="reports">
            <caption>{tr('举报（最新在前）', 'Reports (newest first)')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('受理日期', 'Received')}</th>
                <th scope="col">{tr('方式', 'Channel')}</th>
                <th scope="col">{tr('类别', 'Category')}</th>
                <th scope="col">{tr('被反映人', 'Official')}</th>
                <th scope="col">{tr('报送上级', 'One level up')}</th>
                <th scope="col">{tr('操作', 'Action')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.data.items.map((row) => (
                <tr key={row.reportId}>
                  <td>{row.filedOn}</td>
                  <td>{row.channel === 'anonymous' ? tr('匿名', 'Anonymous') : tr('实名', 'By name')}</td>
                  <td>{t(CATEGORY[row.category] ?? { zh: row.category, en: row.category })}</td>
                  <td>
                    {row.accused.name}（{t(unitName(row.accused.unitId))}
                    {row.accused.headsUnit ? tr('，主要负责人', ', head') : ''}）
                  </td>
                  <td>
                    {row.escalation.dueOn === null
                      ? '—'
                      : row.escalation.escalatedTo !== null
                        ? tr(`已报送 ${row.escalation.escalatedTo}`, `Sent to ${row.escalation.escalatedTo}`)
                        : `${tr('期限', 'Due')} ${row.escalation.dueOn}${row.escalation.overdue ? tr('（已逾期）', ' (overdue)') : ''}`}
                  </td>
                  <td>
                    <button type="button" className="button" onClick={() => setSelected(row.reportId)}>
                      {tr('查看（将记录）', 'Open (recorded)')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {selected === null ? null : <ReportPanel key={selected} reportId={selected} onChanged={list.reload} />}
    </div>
  );
};

const ReportPanel = ({
  reportId,
  onChanged,
}: {
  readonly reportId: string;
  readonly onChanged: () => void;
}) => {
  const { t, tr } = useText();
  const report = useApiData<ReportView>(`${DESK}/reports/${reportId}`);
  const reads = useApiData<{ items: readonly { readBy: string; readAt: string; what: string }[] }>(
    `${DESK}/reports/${reportId}/reads`,
  );
  // The official whose dealings are shown: linking another closes them until the inspector asks (a recorded read).
  const [flagsOf, setFlagsOf] = useState<string | null | undefined>(undefined);
  const command = useCommand();
  const [officialId, setOfficialId] = useState('');
  const [answer, setAnswer] = useState('');
  const [toBody, setToBody] = useState('');
  const [outcome, setOutcome] = useState('substantiated');
  const [areaCode, setAreaCode] = useState('');
  const [summary, setSummary] = useState('');
  const act = (path: string, body: unknown) => async (event: FormEvent) => {
    event.preventDefault();
    const done = await command.run(`${DESK}/reports/${reportId}/${path}`, { method: 'POST', body });
    if (done !== undefined) {
      report.reload();
      reads.reload();
      onChanged();
    }
  };
  if (report.data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (report.data.status === 'error') return <ErrorNotice error={report.data.error} />;
  const view = report.data.data;
  const open = view.status === 'open';
  return (
    <section className="panel" aria-labelledby="report-panel-title">
      <h2 id="report-panel-title">
        {tr('举报', 'Report')} {view.filedOn} ·{' '}
        {t(CATEGORY[view.category] ?? { zh: view.category, en: view.category })}
      </h2>
      <p>{view.description}</p>
      <p>
        {tr('举报人', 'Reporter')}：
        {view.reporter === null ? tr('匿名', 'Anonymous') : `${view.reporter.name} ${view.reporter.phone}`}
      </p>
      {view.entries.length === 0 ? null : (
        <ul>
          {view.entries.map((entry, index) => (
            <li key={index}>
              {entry.on} · {entry.kind === 'answer' ? tr('答复', 'Answer') : tr('补充', 'Information')}：
              {entry.text}
            </li>
          ))}
        </ul>
      )}
      {view.conclusion === null ? null : (
        <p>
          {tr('办结', 'Concluded')}：{t(OUTCOME[view.conclusion.outcome] ?? { zh: '', en: '' })}（
          {view.conclusion.areaCode}）{view.conclusion.summary}
        </p>
      )}
      <ErrorNotice error={command.failure} />
      {open ? (
        <>
          <form
            className="action-form"
            onSubmit={act('accused', {
              officialId: officialId.trim() || null,
              headsUnit: view.accused.headsUnit,
            })}
          >
            <TextField
              id="report-official"
              label={tr('被反映人账号（领导干部名录）', 'Official’s account (officials directory)')}
              value={officialId}
              onChange={setOfficialId}
            />
            <div className="action-form__buttons">
              <button type="submit" className="button" disabled={command.busy}>
                {tr('确认被反映人', 'Link the official')}
              </button>
              <button
                type="button"
                className="button"
                disabled={command.busy}
                onClick={(event) =>
                  void act('accused', {
                    officialId: view.accused.officialId,
                    headsUnit: !view.accused.headsUnit,
                  })(event)
                }
              >
                {view.accused.headsUnit
                  ? tr('改为：非主要负责人', 'Mark as not the head')
                  : tr(
                      '改为：主要负责人（5个工作日内报上一级）',
                      'Mark as the head (one level up in 5 working days)',
                    )}
              </button>
            </div>
          </form>
          <form className="action-form" onSubmit={act('answers', { text: answer })}>
            <TextAreaField
              id="report-answer"
              label={tr('答复举报人', 'Answer the reporter')}
              value={answer}
              onChange={setAnswer}
              rows={3}
            />
            <div className="action-form__buttons">
              <button type="submit" className="button" disabled={command.busy}>
                {tr('答复', 'Answer')}
              </button>
            </div>
          </form>
          {view.escalation.dueOn !== null && view.escalation.escalatedTo === null ? (
            <form className="action-form" onSubmit={act('escalation', { toBody })}>
              <TextField
                id="report-escalate"
                label={tr(
                  `报送上一级纪检监察机关（期限 ${view.escalation.dueOn}）`,
                  `Send one level up (due ${view.escalation.dueOn})`,
                )}
                value={toBody}
                onChange={setToBody}
              />
              <div className="action-form__buttons">
                <button type="submit" className="button" disabled={command.busy}>
                  {tr('记录报送', 'Record')}
                </button>
              </div>
            </form>
          ) : null}
          <form className="action-form" onSubmit={act('conclusion', { outcome, areaCode, summary })}>
            <div className="form-grid">
              <SelectField
                id="report-outcome"
                label={tr('办结结论', 'Outcome')}
                value={outcome}
                onChange={setOutcome}
                options={Object.entries(OUTCOME).map(([value, label]) => ({ value, label: t(label) }))}
              />
              <TextField
                id="report-area"
                label={tr('地区（6位行政区划代码）', 'Area (6-digit code)')}
                value={areaCode}
                onChange={setAreaCode}
              />
            </div>
            <TextAreaField
              id="report-summary"
              label={tr('办结意见', 'Conclusion')}
              value={summary}
              onChange={setSummary}
              rows={3}
            />
            <div className="action-form__buttons">
              <button type="submit" className="button button--primary" disabled={command.busy}>
                {tr('办结', 'Conclude')}
              </button>
            </div>
          </form>
          <button type="button" className="button" onClick={() => setFlagsOf(view.accused.officialId)}>
            {tr('查看被反映人相关事项（将记录）', 'Review the official’s dealings (recorded)')}
          </button>
          {flagsOf === view.accused.officialId ? (
            <FlagsPanel key={flagsOf ?? ''} reportId={reportId} />
          ) : null}
        </>
      ) : null}
      <h3>{tr('查阅记录', 'Read history')}</h3>
      {reads.data.status === 'ready' ? (
        <ul>
          {reads.data.data.items.map((read, index) => (
            <li key={index}>
              {new Date(read.readAt).toLocaleString('zh-CN')} · {read.readBy} ·{' '}
              {read.what === 'flags' ? tr('相关事项', 'dealings') : tr('举报', 'report')}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
};
