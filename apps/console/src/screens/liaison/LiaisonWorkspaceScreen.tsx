import { logVisitBody } from '@qinqing/liaison/contracts';
import { useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import {
  CATEGORY_NAMES,
  type ComplianceAnswer,
  FORM_NAMES,
  PACE_NAMES,
  type PairingCompliance,
  PROBLEM_STATE_NAMES,
  type VisitSummary,
  type VisitView,
} from './liaisonTypes';

const chinaToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** The visits of one pairing, latest first, each with its problems' state (the request they became). */
const PairingVisits = ({ pairingId, nonce }: { readonly pairingId: string; readonly nonce: number }) => {
  const { t, tr } = useText();
  const { data } = useApiData<{ items: readonly VisitSummary[] }>(
    `/liaison/visits?pairingId=${encodeURIComponent(pairingId)}&n=${nonce}`,
  );
  if (data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (data.status === 'error') return <ErrorNotice error={data.error} />;
  if (data.data.items.length === 0) return <p className="muted">{tr('尚无走访记录', 'No visits yet')}</p>;
  return (
    <ul className="visit-list">
      {data.data.items.map((visit) => (
        <VisitItem
          key={visit.visitId}
          visit={visit}
          formName={t(FORM_NAMES[visit.form] ?? { zh: visit.form, en: visit.form })}
        />
      ))}
    </ul>
  );
};

const VisitItem = ({ visit, formName }: { readonly visit: VisitSummary; readonly formName: string }) => {
  const { t, tr } = useText();
  const [open, setOpen] = useState(false);
  const detail = useApiData<VisitView>(open ? `/liaison/visits/${encodeURIComponent(visit.visitId)}` : null);
  return (
    <li>
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {visit.date} · {formName} · {tr(`问题 ${visit.problemCount} 个`, `${visit.problemCount} problem(s)`)}
        {visit.breaches.length > 0 ? ` · ${tr('已申报违规情况', 'breach declared')}` : ''}
      </button>
      {open && detail.data.status === 'ready' ? (
        <ul>
          {detail.data.data.problems.map((problem) => (
            <li key={problem.problemId}>
              {problem.title}：
              {t(PROBLEM_STATE_NAMES[problem.state] ?? { zh: problem.state, en: problem.state })}
              {problem.answer?.at ? `（${problem.answer.at.slice(0, 10)}）` : ''}
              {problem.answer?.text ? <p>{problem.answer.text}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
};

interface ProblemDraft {
  title: string;
  description: string;
}

/** Log a visit on a phone: the few fields a visit needs, the conduct declaration as four plain answers. */
const LogVisitForm = ({
  pairing,
  onLogged,
}: {
  readonly pairing: PairingCompliance;
  readonly onLogged: () => void;
}) => {
  const { t, tr } = useText();
  const command = useCommand();
  const [date, setDate] = useState(chinaToday());
  const [form, setForm] = useState('on-site');
  const [participants, setParticipants] = useState('');
  const [learned, setLearned] = useState('');
  const [problems, setProblems] = useState<ProblemDraft[]>([]);
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [meal, setMeal] = useState('none');
  const [alcohol, setAlcohol] = useState('no');
  const [transport, setTransport] = useState('public');
  const [costs, setCosts] = useState('official-unit');
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const id = (name: string) => `visit-${pairing.pairing.pairingId}-${name}`;
  const fieldError = (field: string) => command.failure?.messageFor(field) ?? null;

  const submit = async () => {
    const body = {
      pairingId: pairing.pairing.pairingId,
      date,
      form,
      participants: participants
        .split(/[,，、\n]/u)
        .map((p) => p.trim())
        .filter((p) => p !== ''),
      learned,
      problems,
      contact: problems.length > 0 ? { name: contactName, phone: contactPhone } : null,
      conduct: {
        meal,
        alcohol: alcohol === 'yes',
        transport,
        costsBorneBy: costs,
        ...(note.trim() === '' ? {} : { note }),
      },
    };
    const checked = logVisitBody.safeParse(body);
    setLocalError(checked.success ? null : (checked.error.issues[0]?.message ?? null));
    if (!checked.success) return;
    const answer = await command.run('/liaison/visits', {
      method: 'POST',
      body,
      headers: { 'idempotency-key': `visit-${pairing.pairing.pairingId}-${Date.now()}` },
    });
    if (answer !== undefined) {
      setDone(true);
      onLogged();
    }
  };

  if (done)
    return (
      <p className="notice notice--ok" role="status">
        {tr('走访已登记', 'Visit logged')}
      </p>
    );
  return (
    <form
      className="visit-form"
      aria-label={tr(
        `登记走访：${pairing.pairing.enterprise.name}`,
        `Log a visit: ${pairing.pairing.enterprise.name}`,
      )}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        id={id('date')}
        label={tr('走访日期', 'Date')}
        type="date"
        value={date}
        onChange={setDate}
        required
        error={fieldError('date')}
      />
      <SelectField
        id={id('form')}
        label={tr('走访形式', 'Form')}
        value={form}
        onChange={setForm}
        options={Object.entries(FORM_NAMES).map(([value, name]) => ({ value, label: t(name) }))}
      />
      <TextField
        id={id('participants')}
        label={tr('参加人员（用顿号分隔）', 'Participants (comma-separated)')}
        value={participants}
        onChange={setParticipants}
        error={fieldError('participants')}
      />
      <TextAreaField
        id={id('learned')}
        label={tr('了解到的情况', 'What was learned')}
        value={learned}
        onChange={setLearned}
        required
        error={fieldError('learned')}
      />
      {problems.map((problem, index) => (
        <fieldset key={index} className="visit-form__problem">
          <legend>{tr(`企业反映的问题 ${index + 1}`, `Problem ${index + 1}`)}</legend>
          <TextField
            id={id(`problem-${index}-title`)}
            label={tr('问题', 'Problem')}
            value={problem.title}
            onChange={(title) => setProblems(problems.map((p, i) => (i === index ? { ...p, title } : p)))}
            error={fieldError(`problems.${index}.title`)}
          />
          <TextAreaField
            id={id(`problem-${index}-description`)}
            label={tr('具体情况', 'Details')}
            value={problem.description}
            onChange={(description) =>
              setProblems(problems.map((p, i) => (i === index ? { ...p, description } : p)))
            }
            error={fieldError(`problems.${index}.description`)}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => setProblems([...problems, { title: '', description: '' }])}
      >
        {tr('添加企业反映的问题', 'Add a problem the enterprise raised')}
      </button>
      {problems.length > 0 ? (
        <>
          <TextField
            id={id('contact-name')}
            label={tr('企业联系人', 'Enterprise contact')}
            value={contactName}
            onChange={setContactName}
            required
            error={fieldError('contact.name')}
          />
          <TextField
            id={id('contact-phone')}
            label={tr('联系人手机', 'Contact mobile')}
            type="tel"
            inputMode="tel"
            value={contactPhone}
            onChange={setContactPhone}
            required
            error={fieldError('contact.phone')}
          />
        </>
      ) : null}
      <fieldset className="visit-form__conduct">
        <legend>{tr('廉洁申报', 'Conduct declaration')}</legend>
        <SelectField
          id={id('meal')}
          label={tr('用餐', 'Meal')}
          value={meal}
          onChange={setMeal}
          options={[
            { value: 'none', label: tr('未用餐', 'None') },
            {
              value: 'canteen-staff-standard',
              label: tr('企业食堂员工标准工作餐', 'Staff-standard working meal in the canteen'),
            },
            { value: 'other', label: tr('其他（请说明）', 'Other (explain)') },
          ]}
        />
        <SelectField
          id={id('alcohol')}
          label={tr('饮酒', 'Alcohol')}
          value={alcohol}
          onChange={setAlcohol}
          options={[
            { value: 'no', label: tr('未饮酒', 'No') },
            { value: 'yes', label: tr('饮酒（请说明）', 'Yes (explain)') },
          ]}
        />
        <SelectField
          id={id('transport')}
          label={tr('交通', 'Transport')}
          value={transport}
          onChange={setTransport}
          options={[
            { value: 'public', label: tr('公共交通', 'Public transport') },
            { value: 'own', label: tr('自有或单位车辆', 'Own or the unit’s') },
            {
              value: 'enterprise-when-needed',
              label: tr('确需时乘坐企业车辆', 'The enterprise’s, when needed'),
            },
            {
              value: 'enterprise-dedicated-car',
              label: tr('企业专门安排车辆（请说明）', 'A car put at my disposal (explain)'),
            },
          ]}
        />
        <SelectField
          id={id('costs')}
          label={tr('费用承担', 'Costs borne by')}
          value={costs}
          onChange={setCosts}
          options={[
            { value: 'official-unit', label: tr('所在单位', 'My unit') },
            { value: 'enterprise', label: tr('企业（请说明）', 'The enterprise (explain)') },
            { value: 'other', label: tr('其他（请说明）', 'Other (explain)') },
          ]}
        />
        <TextAreaField
          id={id('note')}
          label={tr('说明', 'Note')}
          value={note}
          onChange={setNote}
          error={fieldError('conduct.note')}
        />
      </fieldset>
      {localError === null ? null : (
        <p className="notice notice--error" role="alert">
          {localError}
        </p>
      )}
      <ErrorNotice error={command.failure} />
      <button type="submit" className="button button--primary" disabled={command.busy}>
        {tr('登记走访', 'Log the visit')}
      </button>
    </form>
  );
};

/** 我的联系企业: an official's pairings with this year's visits against the quota, and logging a visit. */
export const LiaisonWorkspaceScreen = () => {
  const { t, tr } = useText();
  const [nonce, setNonce] = useState(0);
  const [logging, setLogging] = useState<string | null>(null);
  const { data } = useApiData<ComplianceAnswer>(`/liaison/compliance?n=${nonce}`);
  if (data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (data.status === 'error') return <ErrorNotice error={data.error} />;
  const { pairings, year, settings } = data.data;
  if (pairings.length === 0) return <p>{tr('您目前没有联系企业。', 'You are paired with no enterprise.')}</p>;
  return (
    <div className="liaison">
      <p className="muted">
        {tr(
          `${year}年每家企业应走访${settings.visitsPerYear}次`,
          `${settings.visitsPerYear} visit(s) due per enterprise in ${year}`,
        )}
      </p>
      {pairings.map((row) => (
        <section
          key={row.pairing.pairingId}
          className="liaison__card"
          aria-labelledby={`p-${row.pairing.pairingId}`}
        >
          <h2 id={`p-${row.pairing.pairingId}`}>{row.pairing.enterprise.name}</h2>
          <p>
            {t(
              CATEGORY_NAMES[row.pairing.category] ?? { zh: row.pairing.category, en: row.pairing.category },
            )}{' '}
            · {tr(`自 ${row.pairing.startDate} 起联系`, `since ${row.pairing.startDate}`)}
          </p>
          <p>
            <strong>
              {tr(`本年已走访 ${row.done}/${row.due} 次`, `${row.done} of ${row.due} visits this year`)}
            </strong>{' '}
            <span className={`tag tag--pace-${row.status}`}>{t(PACE_NAMES[row.status])}</span>
          </p>
          {row.pairing.endDate === null ? (
            logging === row.pairing.pairingId ? (
              <LogVisitForm
                pairing={row}
                onLogged={() => {
                  setNonce((n) => n + 1);
                }}
              />
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => setLogging(row.pairing.pairingId)}
              >
                {tr('登记走访', 'Log a visit')}
              </button>
            )
          ) : (
            <p className="muted">
              {tr(`已于 ${row.pairing.endDate} 结束`, `Ended on ${row.pairing.endDate}`)}
            </p>
          )}
          <h3>{tr('走访记录', 'Visits')}</h3>
          <PairingVisits pairingId={row.pairing.pairingId} nonce={nonce} />
        </section>
      ))}
    </div>
  );
};
