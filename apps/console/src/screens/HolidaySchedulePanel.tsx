import { type FormEvent, useState } from 'react';
import { api, ApiError, type FieldProblem } from '../api/apiClient';
import type { ChangedDay, ScheduleList, SchedulePreview } from '../api/types';
import { useApiData } from '../api/useApiData';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextAreaField, TextField } from '../components/FormField';
import type { Bilingual } from '../i18n/LocaleContext';
import { useText } from '../i18n/useText';

interface HolidayRow {
  readonly key: number;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly clause: string;
}

interface Draft {
  readonly year: string;
  readonly title: string;
  readonly documentNumber: string;
  readonly publishedOn: string;
  readonly holidays: readonly HolidayRow[];
  readonly makeUp: string;
  readonly replace: boolean;
}

/** Nothing is pre-filled: every date of a notice is typed from the notice itself. */
const EMPTY: Draft = {
  year: '',
  title: '',
  documentNumber: '',
  publishedOn: '',
  holidays: [],
  makeUp: '',
  replace: false,
};

const WEEKDAYS: readonly Bilingual[] = [
  { zh: '周一', en: 'Mon' },
  { zh: '周二', en: 'Tue' },
  { zh: '周三', en: 'Wed' },
  { zh: '周四', en: 'Thu' },
  { zh: '周五', en: 'Fri' },
  { zh: '周六', en: 'Sat' },
  { zh: '周日', en: 'Sun' },
];

const DAY_MS = 86_400_000;

/** Every date from `from` to `to` (both included), as the notice's "X月D日至Y月E日". */
const datesBetween = (from: string, to: string): string[] => {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to || from}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start || end - start > 60 * DAY_MS) return [from];
  return Array.from({ length: (end - start) / DAY_MS + 1 }, (_, i) =>
    new Date(start + i * DAY_MS).toISOString().slice(0, 10),
  );
};

const toBody = (draft: Draft) => ({
  year: /^\d{4}$/u.test(draft.year.trim()) ? Number(draft.year) : draft.year,
  source: {
    title: draft.title.trim(),
    documentNumber: draft.documentNumber.trim(),
    publishedOn: draft.publishedOn,
  },
  holidays: draft.holidays.map((row) => ({
    name: row.name.trim(),
    dates: row.from === '' ? [] : datesBetween(row.from, row.to),
    ...(row.clause.trim() === '' ? {} : { noticeClause: row.clause.trim() }),
  })),
  makeUpWorkingDays: draft.makeUp
    .split(/[\s,，、;；]+/u)
    .map((d) => d.trim())
    .filter((d) => d !== ''),
  replace: draft.replace,
});

/** What can be said before asking the server: blanks and reversed ranges, at their fields. */
const localProblems = (draft: Draft): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const required = (field: string, value: string, zh: string, en: string) => {
    if (value.trim() === '')
      problems.push({ field, code: 'required', message: { zh: `请填写${zh}`, en: `${en} is required` } });
  };
  required('year', draft.year, '年份', 'The year');
  required('source.title', draft.title, '通知标题', 'The notice title');
  required('source.documentNumber', draft.documentNumber, '发文字号', 'The document number');
  required('source.publishedOn', draft.publishedOn, '发布日期', 'The publication date');
  if (draft.holidays.length === 0) {
    problems.push({
      field: 'holidays',
      code: 'required',
      message: { zh: '请逐项录入通知中的放假安排', en: 'Enter each holiday of the notice' },
    });
  }
  draft.holidays.forEach((row, i) => {
    required(`holidays.${i}.name`, row.name, '假期名称', 'The holiday name');
    required(`holidays.${i}.dates`, row.from, '放假起始日期', 'The first day off');
    if (row.from !== '' && row.to !== '' && row.to < row.from) {
      problems.push({
        field: `holidays.${i}.dates`,
        code: 'range',
        message: { zh: '结束日期早于开始日期', en: 'The last day is before the first' },
      });
    }
  });
  return problems;
};

/** All problems at a field or below it, as one bilingual message. */
const messageAt = (problems: readonly FieldProblem[], field: string, exact = false): Bilingual | null => {
  const found = problems.filter((p) => p.field === field || (!exact && p.field.startsWith(`${field}.`)));
  if (found.length === 0) return null;
  return {
    zh: found.map((p) => p.message.zh).join('；'),
    en: found.map((p) => p.message.en).join('; '),
  };
};

const ChangedDays = ({
  days,
  caption,
  empty,
}: {
  days: readonly ChangedDay[];
  caption: string;
  empty: string;
}) => {
  const { t, tr } = useText();
  if (days.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('日期', 'Date')}</th>
            <th scope="col">{tr('星期', 'Weekday')}</th>
            <th scope="col">{tr('假期', 'Holiday')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <td>{day.date}</td>
              <td>{t(WEEKDAYS[day.weekday - 1] ?? { zh: '', en: '' })}</td>
              <td>
                {day.holiday ?? tr('调休上班', 'make-up working day')}
                {day.statutory === undefined
                  ? null
                  : day.statutory
                    ? tr('（法定假日）', ' (statutory day)')
                    : tr('（调休放假）', ' (bridge day, made up on a weekend)')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/**
 * Each autumn an administrator enters next year's 国务院办公厅 holiday notice. Nothing is pre-filled. "检查" asks
 * the server to validate it (all seven statutory festivals, the 13 statutory days, make-up days on weekends,
 * dates inside the year), showing each problem at its field; a valid notice is shown as what it changes against
 * weekends only, and loads only after the administrator confirms having compared it with the notice.
 */
export const HolidaySchedulePanel = () => {
  const { t, tr } = useText();
  const { data, reload } = useApiData<ScheduleList>('/calendar/schedules');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<SchedulePreview | null>(null);
  const [checked, setChecked] = useState(false);
  const [loaded, setLoaded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [nextKey, setNextKey] = useState(1);

  const edit = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setPreview(null);
    setChecked(false);
    setLoaded(null);
  };
  const editRow = (key: number, change: Partial<HolidayRow>) =>
    edit({ holidays: draft.holidays.map((row) => (row.key === key ? { ...row, ...change } : row)) });

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setPreview(null);
    setLoaded(null);
    const local = localProblems(draft);
    setProblems(local);
    if (local.length > 0) return;
    setBusy(true);
    try {
      setPreview(
        await api<SchedulePreview>('/calendar/schedules/preview', { method: 'POST', body: toBody(draft) }),
      );
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFailure(caught);
        setProblems(caught.problem.fields ?? []);
      }
    } finally {
      setBusy(false);
    }
  };

  const load = async () => {
    if (preview === null || !checked) return;
    setBusy(true);
    setFailure(null);
    try {
      await api('/calendar/schedules', { method: 'POST', body: toBody(draft) });
      setLoaded(`${preview.year}（${preview.source.documentNumber}）`);
      setDraft(EMPTY);
      setPreview(null);
      setChecked(false);
      setProblems([]);
      reload();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFailure(caught);
        setProblems(caught.problem.fields ?? []);
      }
    } finally {
      setBusy(false);
    }
  };

  const conflict = failure?.status === 409;
  const holidaysMessage = messageAt(problems, 'holidays', true);

  return (
    <section className="panel schedule-panel" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{tr('节假日安排', 'Holiday schedules')}</h2>
      {data.status !== 'ready' ? (
        <p className="muted">…</p>
      ) : (
        <>
          <ul className="plain-list">
            {data.data.years.map((y) => (
              <li key={y.year}>
                {y.year}
                {tr('年：', ': ')}
                {y.source === null
                  ? '—'
                  : `${y.source.title}（${y.source.documentNumber}，${y.source.publishedOn}）`}
              </li>
            ))}
          </ul>
          {data.data.setAside.map((notice) => (
            <div className="notice notice--warning" key={notice.year}>
              <p>
                {tr(
                  `此前载入的${notice.year}年通知（${notice.documentNumber}）不完整，未生效，该年暂按法定节日计算。请按通知原文重新录入：`,
                  `The ${notice.year} notice loaded earlier (${notice.documentNumber}) is incomplete and not in force; the year counts provisionally. Enter the notice again:`,
                )}
              </p>
              <ul>
                {notice.problems.map((problem) => (
                  <li key={problem.zh}>{t(problem)}</li>
                ))}
              </ul>
            </div>
          ))}
          <p className="muted">
            {tr(
              `未载入通知的年份（${data.data.provisionalRange.from}–${data.data.provisionalRange.to}）暂按《全国年节及纪念日放假办法》的13天法定节日假日计算，相关期限标为“暂定”，载入通知后重新核定。`,
              `Years without a loaded notice (${data.data.provisionalRange.from}–${data.data.provisionalRange.to}) are counted provisionally from the 13 statutory days off; their deadlines are marked provisional and recomputed once the notice is loaded.`,
            )}
          </p>
        </>
      )}
      {loaded === null ? null : (
        <p className="notice notice--ok" role="status">
          {tr(
            `已载入${loaded}，未结期限将据此重新核定`,
            `Loaded ${loaded}; open deadlines will be recomputed`,
          )}
        </p>
      )}
      <form className="schedule-form" onSubmit={(event) => void check(event)} noValidate>
        <fieldset>
          <legend>{tr('通知', 'Notice')}</legend>
          <div className="schedule-form__source">
            <TextField
              id="schedule-year"
              label={tr('年份', 'Year')}
              inputMode="numeric"
              required
              value={draft.year}
              error={messageAt(problems, 'year')}
              onChange={(year) => edit({ year })}
            />
            <TextField
              id="schedule-title"
              label={tr('通知标题', 'Title')}
              required
              value={draft.title}
              error={messageAt(problems, 'source.title')}
              onChange={(title) => edit({ title })}
            />
            <TextField
              id="schedule-document-number"
              label={tr('发文字号', 'Document number')}
              required
              value={draft.documentNumber}
              error={messageAt(problems, 'source.documentNumber')}
              onChange={(documentNumber) => edit({ documentNumber })}
            />
            <TextField
              id="schedule-published-on"
              label={tr('发布日期', 'Published on')}
              type="date"
              required
              value={draft.publishedOn}
              error={messageAt(problems, 'source.publishedOn')}
              onChange={(publishedOn) => edit({ publishedOn })}
            />
          </div>
        </fieldset>
        <fieldset aria-describedby="schedule-holidays-hint">
          <legend>{tr('放假安排', 'Holidays')}</legend>
          <p className="field__hint" id="schedule-holidays-hint">
            {tr(
              '按通知逐条录入：名称（如“春节”，合并放假写“国庆节、中秋节”）及放假起止日期（含周末）。元旦假期可从上一年12月25日起。',
              'One line per holiday of the notice: its name (e.g. 春节; merged breaks as 国庆节、中秋节) and its first and last day off (weekends included). 元旦 may start from 25 December of the year before.',
            )}
          </p>
          {holidaysMessage === null ? null : (
            <p className="field__error" role="alert">
              {t(holidaysMessage)}
            </p>
          )}
          {draft.holidays.map((row, i) => (
            <div className="schedule-form__holiday" key={row.key}>
              <TextField
                id={`holiday-${row.key}-name`}
                label={tr(`假期 ${i + 1} 名称`, `Holiday ${i + 1} name`)}
                required
                value={row.name}
                error={messageAt(problems, `holidays.${i}.name`)}
                onChange={(name) => editRow(row.key, { name })}
              />
              <TextField
                id={`holiday-${row.key}-from`}
                label={tr('放假开始', 'First day off')}
                type="date"
                required
                value={row.from}
                error={messageAt(problems, `holidays.${i}.dates`)}
                onChange={(from) => editRow(row.key, { from })}
              />
              <TextField
                id={`holiday-${row.key}-to`}
                label={tr('放假结束', 'Last day off')}
                type="date"
                value={row.to}
                onChange={(to) => editRow(row.key, { to })}
              />
              <button
                type="button"
                className="button"
                onClick={() => edit({ holidays: draft.holidays.filter((r) => r.key !== row.key) })}
              >
                {tr('删除', 'Remove')}
                <span className="visually-hidden">
                  {' '}
                  {row.name || tr(`假期 ${i + 1}`, `holiday ${i + 1}`)}
                </span>
              </button>
              <TextField
                id={`holiday-${row.key}-clause`}
                label={tr('通知原文（可选）', 'Sentence of the notice (optional)')}
                value={row.clause}
                error={messageAt(problems, `holidays.${i}.noticeClause`)}
                onChange={(clause) => editRow(row.key, { clause })}
              />
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => {
              edit({
                holidays: [...draft.holidays, { key: nextKey, name: '', from: '', to: '', clause: '' }],
              });
              setNextKey((k) => k + 1);
            }}
          >
            {tr('添加假期', 'Add a holiday')}
          </button>
        </fieldset>
        <TextAreaField
          id="schedule-make-up"
          label={tr('调休上班日', 'Make-up working days')}
          hint={tr(
            '通知中“上班”的周六、周日，每行一个日期（YYYY-MM-DD）；没有则留空。',
            'The Saturdays and Sundays the notice makes working days, one date (YYYY-MM-DD) per line; leave empty if none.',
          )}
          rows={5}
          value={draft.makeUp}
          error={messageAt(problems, 'makeUpWorkingDays')}
          onChange={(makeUp) => edit({ makeUp })}
        />
        {conflict ? (
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={draft.replace}
                onChange={(event) => edit({ replace: event.target.checked })}
              />{' '}
              {tr(
                '替换已载入的该年通知（须为发布更晚的另一份通知）',
                'Replace the loaded notice of that year (with a later one)',
              )}
            </label>
          </div>
        ) : null}
        {failure !== null && problems.length > 0 ? (
          <p className="notice notice--error" role="alert">
            {t(failure.problem.message)}
          </p>
        ) : (
          <ErrorNotice error={failure} />
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {tr('检查通知', 'Check the notice')}
        </button>
      </form>
      {preview === null ? null : (
        <section className="schedule-preview" aria-labelledby="schedule-preview-heading">
          <h3 id="schedule-preview-heading">
            {tr(
              `${preview.year}年安排与“仅按周末计算”相比的变化`,
              `What the ${preview.year} notice changes against weekends only`,
            )}
          </h3>
          {preview.alreadyLoaded ? (
            <p className="notice notice--ok">
              {tr('该通知已载入，无需重复载入。', 'This notice is already loaded.')}
            </p>
          ) : null}
          {preview.replaces === null ? null : (
            <p className="notice notice--warning">
              {tr(
                `将替换已载入的 ${preview.replaces.documentNumber}`,
                `Replaces the loaded ${preview.replaces.documentNumber}`,
              )}
            </p>
          )}
          <ChangedDays
            days={preview.changes.weekdaysOff}
            caption={tr(
              `工作日放假：${preview.changes.weekdaysOff.length}天`,
              `Weekdays off: ${preview.changes.weekdaysOff.length}`,
            )}
            empty={tr('没有工作日放假。', 'No weekday is a day off.')}
          />
          <ChangedDays
            days={preview.changes.weekendWorkingDays}
            caption={tr(
              `周末调休上班：${preview.changes.weekendWorkingDays.length}天`,
              `Weekend working days: ${preview.changes.weekendWorkingDays.length}`,
            )}
            empty={tr('没有周末调休上班。', 'No weekend day is a working day.')}
          />
          <p>
            {tr(
              `合计比仅按周末计算少${preview.changes.netWorkingDaysLost}个工作日。`,
              `In all, ${preview.changes.netWorkingDaysLost} working days fewer than weekends only.`,
            )}
          </p>
          <div className="confirm">
            <input
              id="schedule-confirm"
              type="checkbox"
              checked={checked}
              onChange={(event) => setChecked(event.target.checked)}
            />
            <label htmlFor="schedule-confirm">
              {tr(
                `我已逐日核对上表与${preview.source.documentNumber}原文一致`,
                `I have compared every day above with ${preview.source.documentNumber}`,
              )}
            </label>
          </div>
          <button
            type="button"
            className="button button--primary"
            disabled={!checked || busy || preview.alreadyLoaded}
            onClick={() => void load()}
          >
            {tr(`确认载入${preview.year}年安排`, `Load the ${preview.year} schedule`)}
          </button>
        </section>
      )}
    </section>
  );
};
