import { type FormEvent, useState } from 'react';
import type { KioskDeviceView, RegisteredKioskDevice, UnitView } from '../../api/adminTypes';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';

const EMPTY = { deviceId: '', centreId: '', label: '' };

/**
 * Kiosk devices (自助终端): register one to a centre — its credential is shown once, to be entered on the kiosk
 * — and revoke one that is lost or retired (its sessions end at once).
 */
export const KioskDevicesPanel = ({ units }: { readonly units: readonly UnitView[] }) => {
  const { t, tr } = useText();
  const { data, reload } = useApiData<readonly KioskDeviceView[]>('/admin/kiosk-devices');
  const [form, setForm] = useState(EMPTY);
  const [registered, setRegistered] = useState<RegisteredKioskDevice | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const register = useCommand();
  const revoke = useCommand();
  const centres = units.filter((u) => u.kind === 'centre');
  const centreName = (id: string) => t(centres.find((c) => c.unitId === id)?.name ?? { zh: id, en: id });
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (field: string) => register.failure?.messageFor(field) ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const answer = await register.run<RegisteredKioskDevice>('/admin/kiosk-devices', {
      method: 'POST',
      body: form,
    });
    if (answer !== undefined && answer !== null) {
      setRegistered(answer);
      setForm(EMPTY);
      reload();
    }
  };
  const confirmRevoke = async (event: FormEvent) => {
    event.preventDefault();
    if (revoking === null) return;
    const path = `/admin/kiosk-devices/${encodeURIComponent(revoking)}/revoke`;
    if ((await revoke.run<null>(path, { method: 'POST', body: { reason } })) !== undefined) {
      setDone(tr(`已注销终端 ${revoking}`, `Kiosk ${revoking} revoked`));
      setRevoking(null);
      setReason('');
      reload();
    }
  };

  return (
    <section className="panel" aria-labelledby="kiosks-heading" id="kiosks">
      <h2 id="kiosks-heading">{tr('自助终端', 'Kiosk devices')}</h2>
      {done === null ? null : (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {data.status === 'error' ? <ErrorNotice error={data.error} /> : null}
      {data.status === 'ready' ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{tr('自助终端', 'Kiosk devices')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('终端编号', 'Device')}</th>
                <th scope="col">{tr('名称', 'Label')}</th>
                <th scope="col">{tr('所在亲清家园', 'Centre')}</th>
                <th scope="col">{tr('状态', 'Status')}</th>
                <th scope="col">{tr('操作', 'Actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.data.map((device) => (
                <tr key={device.deviceId}>
                  <th scope="row">{device.deviceId}</th>
                  <td>{device.label}</td>
                  <td>{centreName(device.centreId)}</td>
                  <td>{device.revoked ? tr('已注销', 'Revoked') : tr('在用', 'In use')}</td>
                  <td>
                    {device.revoked ? null : (
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={tr(`注销：${device.deviceId}`, `Revoke: ${device.deviceId}`)}
                        onClick={() => setRevoking(device.deviceId)}
                      >
                        {tr('注销', 'Revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {revoking === null ? null : (
        <form
          className="action-form"
          aria-label={tr('注销终端', 'Revoke a kiosk')}
          noValidate
          onSubmit={(e) => void confirmRevoke(e)}
        >
          <h3>
            {tr(
              `注销 ${revoking}（该终端立即退出，需重新登记才能使用）`,
              `Revoke ${revoking} (it is signed out at once)`,
            )}
          </h3>
          <TextField
            id="revoke-reason"
            label={tr('注销原因', 'Reason')}
            value={reason}
            onChange={setReason}
          />
          <ErrorNotice error={revoke.failure} />
          <div className="action-form__buttons">
            <button type="submit" className="button button--primary" disabled={revoke.busy}>
              {tr('确认注销', 'Revoke')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setRevoking(null)}>
              {tr('取消', 'Cancel')}
            </button>
          </div>
        </form>
      )}
      {registered === null ? null : (
        <div className="notice notice--ok" role="status">
          <p>
            {tr(
              `已登记 ${registered.deviceId}。请在该终端上输入以下凭证（只显示这一次）：`,
              `${registered.deviceId} is registered. Enter this credential on the kiosk (shown this once):`,
            )}
          </p>
          <p>
            <code id="kiosk-credential">{registered.credential}</code>
          </p>
        </div>
      )}
      <form className="admin-form" aria-labelledby="kiosk-new" noValidate onSubmit={(e) => void submit(e)}>
        <h3 id="kiosk-new">{tr('登记终端', 'Register a kiosk')}</h3>
        <TextField
          id="kiosk-deviceId"
          label={tr('终端编号（如 kiosk-haishu-02）', 'Device id (e.g. kiosk-haishu-02)')}
          value={form.deviceId}
          onChange={set('deviceId')}
          error={fieldError('deviceId')}
          required
        />
        <TextField
          id="kiosk-label"
          label={tr('名称（放置位置）', 'Label (where it stands)')}
          value={form.label}
          onChange={set('label')}
          error={fieldError('label')}
          required
        />
        <SelectField
          id="kiosk-centre"
          label={tr('所在亲清家园', 'Centre')}
          value={form.centreId}
          onChange={set('centreId')}
          options={[
            { value: '', label: tr('请选择', 'Choose') },
            ...centres.map((c) => ({ value: c.unitId, label: t(c.name) })),
          ]}
          error={fieldError('centreId')}
          required
        />
        {register.failure !== null &&
        register.failure.problem.fields === undefined &&
        register.failure.problem.field === undefined ? (
          <ErrorNotice error={register.failure} />
        ) : null}
        <button type="submit" className="button button--primary" disabled={register.busy}>
          {tr('登记终端', 'Register')}
        </button>
      </form>
    </section>
  );
};
