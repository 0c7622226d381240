import { type FormEvent, useState } from 'react';
import { UNIT_KINDS, type UnitView } from '../../api/adminTypes';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';

const EMPTY = { unitId: '', kind: '', zh: '', en: '' };

/** Organisation units (组织单元): departments, 亲清家园 centres and other receiving units; a centre's hotline. */
export const OrganisationUnitsPanel = ({
  units,
  onChanged,
}: {
  readonly units: readonly UnitView[];
  readonly onChanged: () => void;
}) => {
  const { t, tr } = useText();
  const [form, setForm] = useState(EMPTY);
  const [hotlineFor, setHotlineFor] = useState<string | null>(null);
  const [hotline, setHotline] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const create = useCommand();
  const setHotlineCommand = useCommand();
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (field: string) => create.failure?.messageFor(field) ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const body = { unitId: form.unitId, kind: form.kind, name: { zh: form.zh, en: form.en } };
    const answer = await create.run<UnitView>('/admin/organisation-units', { method: 'POST', body });
    if (answer !== undefined && answer !== null) {
      setForm(EMPTY);
      setDone(tr(`已新建 ${answer.name.zh}`, `${answer.name.en} created`));
      onChanged();
    }
  };
  const saveHotline = async (event: FormEvent) => {
    event.preventDefault();
    if (hotlineFor === null) return;
    const path = `/admin/organisation-units/${encodeURIComponent(hotlineFor)}/hotline`;
    if ((await setHotlineCommand.run<UnitView>(path, { method: 'PUT', body: { hotline } })) !== undefined) {
      setDone(tr('服务电话已保存', 'Hotline saved'));
      setHotlineFor(null);
      onChanged();
    }
  };

  return (
    <section className="panel" aria-labelledby="units-heading" id="units">
      <h2 id="units-heading">{tr('组织单元', 'Organisation units')}</h2>
      {done === null ? null : (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{tr('组织单元', 'Organisation units')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('编号', 'Id')}</th>
              <th scope="col">{tr('名称', 'Name')}</th>
              <th scope="col">{tr('类型', 'Kind')}</th>
              <th scope="col">{tr('服务电话', 'Hotline')}</th>
              <th scope="col">{tr('操作', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.unitId}>
                <th scope="row">{unit.unitId}</th>
                <td>{t(unit.name)}</td>
                <td>
                  {t(
                    UNIT_KINDS.find((k) => k.value === unit.kind)?.label ?? { zh: unit.kind, en: unit.kind },
                  )}
                </td>
                <td>{unit.hotline ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={tr(`服务电话：${unit.name.zh}`, `Hotline: ${unit.name.en}`)}
                    onClick={() => {
                      setHotlineFor(unit.unitId);
                      setHotline(unit.hotline ?? '');
                    }}
                  >
                    {tr('服务电话', 'Hotline')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hotlineFor === null ? null : (
        <form
          className="action-form"
          aria-label={tr('服务电话', 'Hotline')}
          noValidate
          onSubmit={(e) => void saveHotline(e)}
        >
          <TextField
            id="unit-hotline"
            label={tr(
              `${hotlineFor} 的服务电话（打印在回执上；留空则不打印）`,
              `Hotline of ${hotlineFor} (printed on receipts; empty for none)`,
            )}
            value={hotline}
            onChange={setHotline}
            error={setHotlineCommand.failure?.messageFor('hotline') ?? null}
          />
          <div className="action-form__buttons">
            <button type="submit" className="button button--primary" disabled={setHotlineCommand.busy}>
              {tr('保存', 'Save')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setHotlineFor(null)}>
              {tr('取消', 'Cancel')}
            </button>
          </div>
        </form>
      )}
      <form className="admin-form" aria-labelledby="unit-new" noValidate onSubmit={(e) => void submit(e)}>
        <h3 id="unit-new">{tr('新建组织单元', 'New organisation unit')}</h3>
        <TextField
          id="unit-unitId"
          label={tr('编号（如 dept-ecology）', 'Id (e.g. dept-ecology)')}
          value={form.unitId}
          onChange={set('unitId')}
          error={fieldError('unitId')}
          required
        />
        <SelectField
          id="unit-kind"
          label={tr('类型', 'Kind')}
          value={form.kind}
          onChange={set('kind')}
          options={[
            { value: '', label: tr('请选择', 'Choose') },
            ...UNIT_KINDS.map((k) => ({ value: k.value, label: t(k.label) })),
          ]}
          error={fieldError('kind')}
          required
        />
        <TextField
          id="unit-zh"
          label={tr('中文名称', 'Name in Chinese')}
          value={form.zh}
          onChange={set('zh')}
          error={fieldError('name')}
          required
        />
        <TextField
          id="unit-en"
          label={tr('英文名称', 'Name in English')}
          value={form.en}
          onChange={set('en')}
          required
        />
        {create.failure !== null &&
        create.failure.problem.fields === undefined &&
        create.failure.problem.field === undefined ? (
          <ErrorNotice error={create.failure} />
        ) : null}
        <button type="submit" className="button button--primary" disabled={create.busy}>
          {tr('新建', 'Create')}
        </button>
      </form>
    </section>
  );
};
