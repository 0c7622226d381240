import { type FormEvent, useState } from 'react';
import { ROLE_OPTIONS, type StaffAccountView, type UnitView } from '../../api/adminTypes';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/FormField';
import type { Bilingual } from '../../i18n/LocaleContext';
import { useText } from '../../i18n/useText';

const STATUS_NAMES: Record<StaffAccountView['status'], Bilingual> = {
  active: { zh: '正常', en: 'Active' },
  locked: { zh: '已锁定', en: 'Locked' },
  disabled: { zh: '已停用', en: 'Disabled' },
};

const EMPTY = { username: '', displayName: '', role: '', unitId: '', password: '' };

type RowAction = { readonly kind: 'reset' | 'disable'; readonly username: string } | null;

/** Staff accounts (职员账户): create, reset a password, unlock, disable. Nothing is pre-filled. */
export const StaffAccountsPanel = ({ units }: { readonly units: readonly UnitView[] }) => {
  const { t, tr } = useText();
  const { data, reload } = useApiData<readonly StaffAccountView[]>('/admin/staff-accounts');
  const [form, setForm] = useState(EMPTY);
  const [row, setRow] = useState<RowAction>(null);
  const [secret, setSecret] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const create = useCommand();
  const act = useCommand();
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const unitName = (id: string | null) =>
    id === null ? '—' : t(units.find((u) => u.unitId === id)?.name ?? { zh: id, en: id });
  const needsUnit = form.role === 'department-handler' || form.role === 'service-staff';
  const unitKind = form.role === 'service-staff' ? 'centre' : 'department';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const created = await create.run<StaffAccountView>('/admin/staff-accounts', {
      method: 'POST',
      body: {
        username: form.username,
        displayName: form.displayName,
        role: form.role,
        ...(form.role === 'department-handler' ? { departmentId: form.unitId } : {}),
        ...(form.role === 'service-staff' ? { centreId: form.unitId } : {}),
        password: form.password,
      },
    });
    if (created !== undefined && created !== null) {
      setForm(EMPTY);
      setDone(tr(`已创建账户 ${created.username}`, `Account ${created.username} created`));
      reload();
    }
  };
  const run = async (path: string, body: unknown, message: string) => {
    setDone(null);
    if ((await act.run<null>(path, { method: 'POST', body })) !== undefined) {
      setRow(null);
      setSecret('');
      setDone(message);
      reload();
    }
  };
  const fieldError = (field: string) => create.failure?.messageFor(field) ?? null;

  return (
    <section className="panel" aria-labelledby="accounts-heading" id="accounts">
      <h2 id="accounts-heading">{tr('职员账户', 'Staff accounts')}</h2>
      {done === null ? null : (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {data.status === 'error' ? <ErrorNotice error={data.error} /> : null}
      {data.status === 'ready' ? (
        <div className="table-wrap">
          <table className="accounts">
            <caption className="visually-hidden">{tr('职员账户', 'Staff accounts')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('用户名', 'Username')}</th>
                <th scope="col">{tr('姓名', 'Name')}</th>
                <th scope="col">{tr('角色', 'Role')}</th>
                <th scope="col">{tr('所属单位', 'Unit')}</th>
                <th scope="col">{tr('状态', 'Status')}</th>
                <th scope="col">{tr('操作', 'Actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.data.map((account) => (
                <tr key={account.accountId}>
                  <th scope="row">{account.username}</th>
                  <td>{account.displayName}</td>
                  <td>
                    {t(
                      ROLE_OPTIONS.find((r) => r.value === account.role)?.label ?? {
                        zh: account.role,
                        en: account.role,
                      },
                    )}
                  </td>
                  <td>{unitName(account.departmentId ?? account.centreId)}</td>
                  <td>{t(STATUS_NAMES[account.status])}</td>
                  <td className="row-actions">
                    {account.status === 'disabled' ? null : (
                      <>
                        <button
                          type="button"
                          className="button button--quiet"
                          aria-label={tr(
                            `重置密码：${account.username}`,
                            `Reset password: ${account.username}`,
                          )}
                          onClick={() => setRow({ kind: 'reset', username: account.username })}
                        >
                          {tr('重置密码', 'Reset password')}
                        </button>
                        {account.status === 'locked' ? (
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-label={tr(`解锁：${account.username}`, `Unlock: ${account.username}`)}
                            onClick={() =>
                              void run(
                                `/admin/staff-accounts/${encodeURIComponent(account.username)}/unlock`,
                                undefined,
                                tr(`已解锁 ${account.username}`, `${account.username} unlocked`),
                              )
                            }
                          >
                            {tr('解锁', 'Unlock')}
                          </button>
                        ) : null}
                        <button
                          type="button"
                          className="button button--quiet"
                          aria-label={tr(`停用：${account.username}`, `Disable: ${account.username}`)}
                          onClick={() => setRow({ kind: 'disable', username: account.username })}
                        >
                          {tr('停用', 'Disable')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {row === null ? null : (
        <form
          className="action-form"
          aria-label={
            row.kind === 'reset' ? tr('重置密码', 'Reset password') : tr('停用账户', 'Disable account')
          }
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const path = `/admin/staff-accounts/${encodeURIComponent(row.username)}`;
            void (row.kind === 'reset'
              ? run(
                  `${path}/password`,
                  { newPassword: secret },
                  tr(
                    `已重置 ${row.username} 的密码，其登录已失效`,
                    `${row.username}'s password is reset; their sessions ended`,
                  ),
                )
              : run(
                  `${path}/disable`,
                  { reason: secret },
                  tr(`已停用 ${row.username}`, `${row.username} disabled`),
                ));
          }}
        >
          <h3>
            {row.kind === 'reset'
              ? tr(`重置 ${row.username} 的密码`, `Reset ${row.username}'s password`)
              : tr(
                  `停用 ${row.username}（不可恢复，其登录立即失效）`,
                  `Disable ${row.username} (for good; their sessions end now)`,
                )}
          </h3>
          {row.kind === 'reset' ? (
            <div className="field">
              <label htmlFor="reset-password">
                {tr(
                  '新密码（至少8位，告知本人后请其修改）',
                  'New password (8+ characters; tell the person to change it)',
                )}
              </label>
              <input
                id="reset-password"
                type="password"
                autoComplete="new-password"
                value={secret}
                onChange={(event) => setSecret(event.target.value)}
              />
            </div>
          ) : (
            <TextField
              id="disable-reason"
              label={tr('停用原因', 'Reason')}
              value={secret}
              onChange={setSecret}
            />
          )}
          <ErrorNotice error={act.failure} />
          <div className="action-form__buttons">
            <button type="submit" className="button button--primary" disabled={act.busy}>
              {tr('确认', 'Confirm')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setRow(null);
                setSecret('');
                act.clear();
              }}
            >
              {tr('取消', 'Cancel')}
            </button>
          </div>
        </form>
      )}
      <form
        className="admin-form"
        aria-labelledby="account-new"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <h3 id="account-new">{tr('新建账户', 'New account')}</h3>
        <TextField
          id="account-username"
          label={tr('用户名', 'Username')}
          value={form.username}
          onChange={set('username')}
          error={fieldError('username')}
          required
        />
        <TextField
          id="account-displayName"
          label={tr('姓名', 'Name')}
          value={form.displayName}
          onChange={set('displayName')}
          error={fieldError('displayName')}
          required
        />
        <SelectField
          id="account-role"
          label={tr('角色', 'Role')}
          value={form.role}
          onChange={(role) => setForm((f) => ({ ...f, role, unitId: '' }))}
          options={[
            { value: '', label: tr('请选择', 'Choose') },
            ...ROLE_OPTIONS.map((r) => ({ value: r.value, label: t(r.label) })),
          ]}
          error={fieldError('role')}
          required
        />
        {needsUnit ? (
          <SelectField
            id="account-unit"
            label={
              form.role === 'service-staff' ? tr('所属亲清家园', 'Centre') : tr('所属部门', 'Department')
            }
            value={form.unitId}
            onChange={set('unitId')}
            options={[
              { value: '', label: tr('请选择', 'Choose') },
              ...units.filter((u) => u.kind === unitKind).map((u) => ({ value: u.unitId, label: t(u.name) })),
            ]}
            error={fieldError('departmentId') ?? fieldError('centreId')}
            required
          />
        ) : null}
        <div className={fieldError('password') ? 'field field--invalid' : 'field'}>
          <label htmlFor="account-password">
            {tr('初始密码（至少8位）', 'Initial password (8+ characters)')}
          </label>
          <input
            id="account-password"
            type="password"
            autoComplete="new-password"
            value={form.password}
            aria-invalid={fieldError('password') ? true : undefined}
            onChange={(event) => set('password')(event.target.value)}
          />
          {fieldError('password') ? (
            <p className="field__error" role="alert">
              {t(fieldError('password') as Bilingual)}
            </p>
          ) : null}
        </div>
        {create.failure !== null &&
        create.failure.problem.fields === undefined &&
        create.failure.problem.field === undefined ? (
          <ErrorNotice error={create.failure} />
        ) : null}
        <button type="submit" className="button button--primary" disabled={create.busy}>
          {tr('创建账户', 'Create account')}
        </button>
      </form>
    </section>
  );
};
