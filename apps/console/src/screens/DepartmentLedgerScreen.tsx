import {
  INSPECTION_CONCLUSION_NAMES,
  INSPECTION_CONCLUSIONS,
  INSPECTION_MODE_NAMES,
  INSPECTION_MODES,
  type InspectionConclusion,
  type InspectionMode,
} from '@qinqing/appeals/domain';
import { type FormEvent, useState } from 'react';
import type { Me } from '../api/types';
import { useApiData } from '../api/useApiData';
import { type Command, useCommand } from '../api/useCommand';
import { useDepartments } from '../api/useDepartments';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../components/FormField';
import { useText } from '../i18n/useText';

/** `GET /api/appeals/departments/{id}/service-ledger`. */
interface ServiceLedger {
  readonly departmentId: string;
  readonly policyLiaison: {
    readonly name: string;
    readonly officePhone: string;
    readonly designatedOn: string;
  } | null;
  readonly appointments: readonly {
    readonly appointmentId: string;
    readonly enterpriseName: string;
    readonly topic: string;
    readonly scheduledOn: string;
  }[];
  readonly inspections: readonly {
    readonly inspectionId: string;
    readonly mode: InspectionMode;
    readonly findings: string;
    readonly conclusion: InspectionConclusion;
    readonly inspectedOn: string;
  }[];
}

const ledgerPath = (departmentId: string) => `/appeals/departments/${encodeURIComponent(departmentId)}`;

/** A refusal that names no field of the form is shown above its button. */
const formLevel = (command: Command) =>
  command.failure !== null &&
  command.failure.problem.fields === undefined &&
  command.failure.problem.field === undefined
    ? command.failure
    : null;

/**
 * 部门服务台账 (issue 11 item 12): a department's 政策联络员 (Qingdao 二(三)), its 预约服务 records and the
 * 明查暗访 of its service (Jinjiang 三(四)), made by the supervision offices (Hengkou 二(三)). Each role writes its
 * own part, as the API allows: the administrator designates the liaison, the department records appointments,
 * the supervisor records inspections; a department handler sees only its own department.
 */
export const DepartmentLedgerScreen = ({ me }: { readonly me: Me }) => {
  const { t, tr } = useText();
  const role = me.role.id;
  const departments = useDepartments();
  const own = role === 'department-handler' ? (me.actor.departmentId ?? null) : null;
  const [chosen, setChosen] = useState('');
  const departmentId = own ?? chosen;
  const { data, reload } = useApiData<ServiceLedger>(
    departmentId === '' ? null : `${ledgerPath(departmentId)}/service-ledger`,
  );
  const departmentName = (id: string) =>
    t(departments.find((d) => d.unitId === id)?.name ?? { zh: id, en: id });

  return (
    <div className="ledger">
      {own === null ? (
        <div className="panel">
          <SelectField
            id="ledger-department"
            label={tr('职能部门', 'Department')}
            value={chosen}
            onChange={setChosen}
            options={[
              { value: '', label: tr('请选择', 'Choose') },
              ...departments.map((d) => ({ value: d.unitId, label: t(d.name) })),
            ]}
          />
        </div>
      ) : null}
      {departmentId === '' ? (
        <p className="panel">{tr('请选择要查看的部门。', 'Choose a department to see its ledger.')}</p>
      ) : data.status === 'error' ? (
        <ErrorNotice error={data.error} />
      ) : data.status === 'loading' ? (
        <p role="status">{tr('加载中…', 'Loading…')}</p>
      ) : (
        <>
          <h2 className="ledger__title">{departmentName(departmentId)}</h2>
          <PolicyLiaisonPanel
            ledger={data.data}
            mayDesignate={role === 'administrator'}
            onRecorded={reload}
          />
          <AppointmentsPanel
            ledger={data.data}
            mayRecord={role === 'department-handler'}
            onRecorded={reload}
          />
          <InspectionsPanel ledger={data.data} mayRecord={role === 'supervisor'} onRecorded={reload} />
        </>
      )}
    </div>
  );
};

interface PanelProps {
  readonly ledger: ServiceLedger;
  readonly onRecorded: () => void;
}

const PolicyLiaisonPanel = ({
  ledger,
  mayDesignate,
  onRecorded,
}: PanelProps & { readonly mayDesignate: boolean }) => {
  const { tr } = useText();
  const [name, setName] = useState('');
  const [officePhone, setOfficePhone] = useState('');
  const command = useCommand();
  const liaison = ledger.policyLiaison;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name, officePhone };
    const path = `${ledgerPath(ledger.departmentId)}/policy-liaison`;
    if ((await command.run(path, { method: 'PUT', body })) !== undefined) {
      setName('');
      setOfficePhone('');
      onRecorded();
    }
  };
  return (
    <section className="panel" aria-labelledby="ledger-liaison">
      <h3 id="ledger-liaison">{tr('政策联络员', 'Policy liaison')}</h3>
      <p>
        {liaison === null
          ? tr('尚未指定政策联络员。', 'No policy liaison is designated yet.')
          : tr(
              `${liaison.name}（办公电话 ${liaison.officePhone}），${liaison.designatedOn} 起`,
              `${liaison.name} (office phone ${liaison.officePhone}), since ${liaison.designatedOn}`,
            )}
      </p>
      {mayDesignate ? (
        <form
          className="admin-form"
          noValidate
          aria-label={tr('指定政策联络员', 'Designate the policy liaison')}
          onSubmit={(e) => void submit(e)}
        >
          <TextField
            id="liaison-name"
            label={tr('联络员姓名', 'Name')}
            value={name}
            onChange={setName}
            error={command.failure?.messageFor('name') ?? null}
            required
          />
          <TextField
            id="liaison-phone"
            type="tel"
            inputMode="tel"
            label={tr('办公电话', 'Office phone')}
            value={officePhone}
            onChange={setOfficePhone}
            error={command.failure?.messageFor('officePhone') ?? null}
            required
          />
          <ErrorNotice error={formLevel(command)} />
          <button type="submit" className="button button--primary" disabled={command.busy}>
            {tr('指定', 'Designate')}
          </button>
        </form>
      ) : null}
    </section>
  );
};

const AppointmentsPanel = ({
  ledger,
  mayRecord,
  onRecorded,
}: PanelProps & { readonly mayRecord: boolean }) => {
  const { tr } = useText();
  const empty = { enterpriseName: '', topic: '', scheduledOn: '' };
  const [form, setForm] = useState(empty);
  // One id per appointment being entered: a repeated submission of the same form records it once.
  const [appointmentId, setAppointmentId] = useState(() => crypto.randomUUID());
  const command = useCommand();
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const path = `${ledgerPath(ledger.departmentId)}/appointments`;
    if ((await command.run(path, { method: 'POST', body: { appointmentId, ...form } })) !== undefined) {
      setForm(empty);
      setAppointmentId(crypto.randomUUID());
      onRecorded();
    }
  };
  return (
    <section className="panel" aria-labelledby="ledger-appointments">
      <h3 id="ledger-appointments">{tr('预约服务', 'Service appointments')}</h3>
      {ledger.appointments.length === 0 ? (
        <p>{tr('暂无预约服务记录。', 'No appointments recorded.')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              {tr('预约服务（最近50条）', 'Latest 50 appointments')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tr('预约日期', 'Date')}</th>
                <th scope="col">{tr('企业', 'Enterprise')}</th>
                <th scope="col">{tr('预约事项', 'Topic')}</th>
              </tr>
            </thead>
            <tbody>
              {ledger.appointments.map((a) => (
                <tr key={a.appointmentId}>
                  <th scope="row">{a.scheduledOn}</th>
                  <td>{a.enterpriseName}</td>
                  <td>{a.topic}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayRecord ? (
        <form
          className="admin-form"
          noValidate
          aria-label={tr('登记预约服务', 'Record an appointment')}
          onSubmit={(e) => void submit(e)}
        >
          <TextField
            id="appointment-enterprise"
            label={tr('企业名称', 'Enterprise name')}
            value={form.enterpriseName}
            onChange={set('enterpriseName')}
            error={command.failure?.messageFor('enterpriseName') ?? null}
            required
          />
          <TextField
            id="appointment-date"
            type="date"
            label={tr('预约日期', 'Date')}
            value={form.scheduledOn}
            onChange={set('scheduledOn')}
            error={command.failure?.messageFor('scheduledOn') ?? null}
            required
          />
          <TextAreaField
            id="appointment-topic"
            label={tr('预约事项', 'Topic')}
            value={form.topic}
            onChange={set('topic')}
            error={command.failure?.messageFor('topic') ?? null}
            required
          />
          <ErrorNotice error={formLevel(command)} />
          <button type="submit" className="button button--primary" disabled={command.busy}>
            {tr('登记预约', 'Record')}
          </button>
        </form>
      ) : null}
    </section>
  );
};

const InspectionsPanel = ({
  ledger,
  mayRecord,
  onRecorded,
}: PanelProps & { readonly mayRecord: boolean }) => {
  const { t, tr } = useText();
  const empty = { mode: '', conclusion: '', findings: '' };
  const [form, setForm] = useState(empty);
  const [inspectionId, setInspectionId] = useState(() => crypto.randomUUID());
  const command = useCommand();
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const path = `${ledgerPath(ledger.departmentId)}/inspections`;
    if ((await command.run(path, { method: 'POST', body: { inspectionId, ...form } })) !== undefined) {
      setForm(empty);
      setInspectionId(crypto.randomUUID());
      onRecorded();
    }
  };
  return (
    <section className="panel" aria-labelledby="ledger-inspections">
      <h3 id="ledger-inspections">{tr('明查暗访', 'Inspections')}</h3>
      {ledger.inspections.length === 0 ? (
        <p>{tr('暂无明查暗访记录。', 'No inspections recorded.')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              {tr('明查暗访（最近50条）', 'Latest 50 inspections')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tr('日期', 'Date')}</th>
                <th scope="col">{tr('方式', 'Kind')}</th>
                <th scope="col">{tr('结论', 'Conclusion')}</th>
                <th scope="col">{tr('检查情况', 'Findings')}</th>
              </tr>
            </thead>
            <tbody>
              {ledger.inspections.map((i) => (
                <tr key={i.inspectionId}>
                  <th scope="row">{i.inspectedOn}</th>
                  <td>{t(INSPECTION_MODE_NAMES[i.mode])}</td>
                  <td>{t(INSPECTION_CONCLUSION_NAMES[i.conclusion])}</td>
                  <td>{i.findings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayRecord ? (
        <form
          className="admin-form"
          noValidate
          aria-label={tr('登记明查暗访', 'Record an inspection')}
          onSubmit={(e) => void submit(e)}
        >
          <SelectField
            id="inspection-mode"
            label={tr('方式', 'Kind')}
            value={form.mode}
            onChange={set('mode')}
            options={[
              { value: '', label: tr('请选择', 'Choose') },
              ...INSPECTION_MODES.map((m) => ({ value: m, label: t(INSPECTION_MODE_NAMES[m]) })),
            ]}
            error={command.failure?.messageFor('mode') ?? null}
            required
          />
          <SelectField
            id="inspection-conclusion"
            label={tr('结论', 'Conclusion')}
            value={form.conclusion}
            onChange={set('conclusion')}
            options={[
              { value: '', label: tr('请选择', 'Choose') },
              ...INSPECTION_CONCLUSIONS.map((c) => ({ value: c, label: t(INSPECTION_CONCLUSION_NAMES[c]) })),
            ]}
            error={command.failure?.messageFor('conclusion') ?? null}
            required
          />
          <TextAreaField
            id="inspection-findings"
            label={tr('检查情况', 'Findings')}
            value={form.findings}
            onChange={set('findings')}
            error={command.failure?.messageFor('findings') ?? null}
            required
          />
          <ErrorNotice error={formLevel(command)} />
          <button type="submit" className="button button--primary" disabled={command.busy}>
            {tr('登记检查', 'Record')}
          </button>
        </form>
      ) : null}
    </section>
  );
};
