import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../api/apiClient';
import type { ScheduleList } from '../api/types';
import { useApiData } from '../api/useApiData';
import { useText } from '../i18n/useText';

const template = (year: number): string =>
  JSON.stringify(
    {
      year,
      source: {
        title: `国务院办公厅关于${year}年部分节假日安排的通知`,
        documentNumber: `国办发明电〔${year - 1}〕号`,
        publishedOn: `${year - 1}-11-01`,
      },
      holidays: [{ name: '元旦', dates: [`${year}-01-01`] }],
      makeUpWorkingDays: [],
      replace: false,
    },
    null,
    2,
  );

/** Each November an administrator loads next year's 国务院办公厅 holiday notice (POST /api/calendar/schedules). */
export const HolidaySchedulePanel = () => {
  const { t, tr } = useText();
  const { data, reload } = useApiData<ScheduleList>('/calendar/schedules');
  const nextYear = new Date().getFullYear() + 1;
  const [text, setText] = useState(() => template(nextYear));
  const [parseError, setParseError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [loaded, setLoaded] = useState<number | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setLoaded(null);
    let body: unknown;
    try {
      body = JSON.parse(text);
      setParseError(null);
    } catch (error) {
      setParseError(error instanceof Error ? error.message : String(error));
      return;
    }
    try {
      const answer = await api<{ year: number }>('/calendar/schedules', { method: 'POST', body });
      setLoaded(answer.year);
      reload();
    } catch (caught) {
      if (caught instanceof ApiError) setFailure(caught);
    }
  };

  const problems = failure?.problem.fields ?? [];
  const invalid = parseError !== null || failure !== null;
  return (
    <section className="panel" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{tr('节假日安排', 'Holiday schedules')}</h2>
      <p>
        {tr('已载入年份：', 'Years loaded: ')}
        {data.status === 'ready' ? data.data.years.map((y) => y.year).join('、') || '—' : '…'}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={invalid ? 'field field--invalid' : 'field'}>
          <label htmlFor="schedule-json">
            {tr(`粘贴${nextYear}年节假日安排（JSON）`, `Paste the ${nextYear} holiday schedule (JSON)`)}
          </label>
          <textarea
            id="schedule-json"
            className="code"
            rows={14}
            value={text}
            spellCheck={false}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? 'schedule-errors' : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {invalid ? (
            <div id="schedule-errors" className="field__error" role="alert">
              {parseError === null ? null : (
                <p>
                  {tr('JSON 格式错误：', 'The JSON is malformed: ')}
                  {parseError}
                </p>
              )}
              {failure === null ? null : <p>{t(failure.problem.message)}</p>}
              {problems.length === 0 ? null : (
                <ul>
                  {problems.map((p) => (
                    <li key={`${p.field}-${p.code}`}>
                      <code>{p.field}</code>: {t(p.message)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </div>
        {loaded === null ? null : (
          <p className="notice notice--ok" role="status">
            {tr(`已载入${loaded}年节假日安排`, `The ${loaded} schedule is loaded`)}
          </p>
        )}
        <button type="submit" className="button button--primary">
          {tr('载入节假日安排', 'Load the schedule')}
        </button>
      </form>
    </section>
  );
};
