import { type FormEvent, useState } from 'react';
import { useApiData } from '../api/useApiData';
import { useCommand } from '../api/useCommand';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../components/FormField';
import { useText } from '../i18n/useText';
import { FILING_ACTIVITY_KINDS as KINDS } from '../components/activityKinds';
import { DeclarationsPanel } from './DeclarationsPanel';

interface Filing {
  readonly filingId: string;
  readonly officialId: string;
  readonly activityKind: string;
  readonly organiser: { readonly name: string };
  readonly title: string;
  readonly eventDate: string;
  readonly status: string;
  readonly reportDue: string | null;
  readonly decisionReason: string | null;
}
interface Page {
  readonly items: readonly Filing[];
}
/** The settings the caller's filings are decided under: their profile's jurisdiction's, not one they pick. */
interface MyFilingSettings {
  readonly jurisdiction: string;
  readonly settings: { readonly reportWithinWorkingDays: number; readonly allowedKinds: readonly string[] };
}
const STATUS: Record<string, [string, string]> = {
  requested: ['待审批', 'Awaiting approval'],
  approved: ['已批准，待报告', 'Approved, report due'],
  refused: ['未批准', 'Refused'],
  reported: ['已报告', 'Reported'],
};

/** 政商交往报备与申报: an official's filings and declarations, and the approvals queue of a superior. */
export const IntegrityScreen = () => {
  const { tr } = useText();
  const mine = useApiData<Page>('/liaison/interaction-filings/mine');
  const queue = useApiData<Page>('/liaison/interaction-filings/approvals');
  const rules = useApiData<MyFilingSettings>('/liaison/interaction-filings/settings');
  const command = useCommand();
  const [form, setForm] = useState({
    activityKind: 'annual-meeting',
    creditCode: '',
    name: '',
    title: '',
    purpose: '',
    eventDate: '',
  });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [reports, setReports] = useState<Record<string, string>>({});
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const reloadAll = () => {
    mine.reload();
    queue.reload();
  };
  const error = (field: string) => command.failure?.messageFor(field) ?? null;

  const file = async (event: FormEvent) => {
    event.preventDefault();
    const done = await command.run('/liaison/interaction-filings', {
      method: 'POST',
      body: {
        activityKind: form.activityKind,
        organiser: { kind: 'enterprise', creditCode: form.creditCode, name: form.name },
        title: form.title,
        purpose: form.purpose,
        eventDate: form.eventDate,
      },
    });
    if (done !== undefined) reloadAll();
  };
  const act = async (path: string, body?: unknown) => {
    const done = await command.run(path, { method: 'POST', ...(body === undefined ? {} : { body }) });
    if (done !== undefined) reloadAll();
  };
  const kindLabel = (kind: string) => {
    const found = KINDS.find(([k]) => k === kind);
    return found === undefined ? kind : tr(found[1], found[2]);
  };

  return (
    <div className="integrity">
      <ErrorNotice error={command.failure} />
      <section className="panel" aria-labelledby="queue-heading">
        <h2 id="queue-heading">{tr('待我审批的报备', 'Filings awaiting my approval')}</h2>
        {queue.data.status === 'ready' && queue.data.data.items.length === 0 ? (
          <p>{tr('暂无待审批的报备。', 'Nothing awaits your decision.')}</p>
        ) : null}
        <ul className="integrity__list">
          {queue.data.status === 'ready'
            ? queue.data.data.items.map((f) => (
                <li key={f.filingId}>
                  <p>
                    <strong>{f.title}</strong> · {kindLabel(f.activityKind)} · {f.organiser.name} ·{' '}
                    {f.eventDate}
                  </p>
                  <div className="integrity__actions">
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => void act(`/liaison/interaction-filings/${f.filingId}/approve`)}
                    >
                      {tr('批准', 'Approve')}
                    </button>
                    <label htmlFor={`reason-${f.filingId}`}>
                      {tr('不同意的理由', 'Reason for refusing')}
                    </label>
                    <input
                      id={`reason-${f.filingId}`}
                      value={reasons[f.filingId] ?? ''}
                      onChange={(e) => setReasons((r) => ({ ...r, [f.filingId]: e.target.value }))}
                    />
                    <button
                      type="button"
                      className="button"
                      onClick={() =>
                        void act(`/liaison/interaction-filings/${f.filingId}/refuse`, {
                          reason: reasons[f.filingId] ?? '',
                        })
                      }
                    >
                      {tr('不同意', 'Refuse')}
                    </button>
                  </div>
                </li>
              ))
            : null}
        </ul>
      </section>

      <section className="panel" aria-labelledby="mine-heading">
        <h2 id="mine-heading">{tr('我的交往报备', 'My interaction filings')}</h2>
        <ul className="integrity__list">
          {mine.data.status === 'ready'
            ? mine.data.data.items.map((f) => (
                <li key={f.filingId}>
                  <p>
                    <strong>{f.title}</strong> · {kindLabel(f.activityKind)} · {f.eventDate} ·{' '}
                    {tr(...(STATUS[f.status] ?? [f.status, f.status]))}
                    {f.reportDue === null ? null : ` · ${tr('报告截止', 'report due')} ${f.reportDue}`}
                    {f.decisionReason === null ? null : ` · ${f.decisionReason}`}
                  </p>
                  {f.status === 'approved' ? (
                    <div className="integrity__actions">
                      <label htmlFor={`report-${f.filingId}`}>{tr('活动情况', 'How it went')}</label>
                      <input
                        id={`report-${f.filingId}`}
                        value={reports[f.filingId] ?? ''}
                        onChange={(e) => setReports((r) => ({ ...r, [f.filingId]: e.target.value }))}
                      />
                      <button
                        type="button"
                        className="button"
                        onClick={() =>
                          void act(`/liaison/interaction-filings/${f.filingId}/report`, {
                            summary: reports[f.filingId] ?? '',
                            conductKept: true,
                          })
                        }
                      >
                        {tr('报告（已遵守交往规定）', 'Report (conduct rules kept)')}
                      </button>
                    </div>
                  ) : null}
                </li>
              ))
            : null}
        </ul>
        <form
          className="admin-form"
          noValidate
          aria-label={tr('新建报备', 'New filing')}
          onSubmit={(e) => void file(e)}
        >
          <SelectField
            id="filing-kind"
            label={tr('活动类型', 'Activity kind')}
            value={form.activityKind}
            onChange={set('activityKind')}
            options={KINDS.map(([value, zh, en]) => ({ value, label: tr(zh, en) }))}
            error={error('activityKind')}
          />
          <TextField
            id="filing-credit-code"
            label={tr('主办企业统一社会信用代码', 'Organiser credit code')}
            value={form.creditCode}
            onChange={set('creditCode')}
            error={error('organiser.creditCode')}
            required
          />
          <TextField
            id="filing-organiser"
            label={tr('主办企业名称', 'Organiser name')}
            value={form.name}
            onChange={set('name')}
            error={error('organiser.name')}
            required
          />
          <TextField
            id="filing-title"
            label={tr('活动名称', 'Activity title')}
            value={form.title}
            onChange={set('title')}
            error={error('title')}
            required
          />
          <TextAreaField
            id="filing-purpose"
            label={tr('参加事由', 'Purpose')}
            value={form.purpose}
            onChange={set('purpose')}
            error={error('purpose')}
            required
          />
          <TextField
            id="filing-date"
            type="date"
            label={tr('活动日期', 'Activity date')}
            value={form.eventDate}
            onChange={set('eventDate')}
            error={error('eventDate')}
            required
          />
          {rules.data.status === 'ready' ? (
            <p className="muted" id="filing-rules">
              {tr(
                `按所属辖区（${rules.data.data.jurisdiction}）的规定：可报备${rules.data.data.settings.allowedKinds
                  .map((k) => KINDS.find(([key]) => key === k)?.[1] ?? k)
                  .join('、')}；活动结束后${rules.data.data.settings.reportWithinWorkingDays}个工作日内报告`,
                `Under your jurisdiction (${rules.data.data.jurisdiction}): you may file for ${rules.data.data.settings.allowedKinds
                  .map((k) => KINDS.find(([key]) => key === k)?.[2] ?? k)
                  .join(
                    ', ',
                  )}; report within ${rules.data.data.settings.reportWithinWorkingDays} working days of the activity`,
              )}
            </p>
          ) : null}
          <button type="submit" className="button button--primary">
            {tr('提交报备', 'File')}
          </button>
        </form>
      </section>

      <DeclarationsPanel />
    </div>
  );
};
