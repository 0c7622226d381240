import type { ChamberOrganisationView } from '@qinqing/party-building/contracts';
import { CHAMBER_KIND_NAMES, CHAMBER_KINDS, type ChamberKind } from '@qinqing/party-building/domain';
import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { unclaimedFailure } from '../credit/unclaimedFailure';
import { organisationTypeName } from './partyBuildingNames';
import { useKeysetPages } from './useKeysetPages';

/** The types a chamber's own organisation may have: a branch and up (商会党委 is a primary committee). */
const CHAMBER_ORGANISATION_TYPES = [
  'branch',
  'branch-committee',
  'general-branch',
  'primary-committee',
] as const;

const chamberKindName = (kind: string) => CHAMBER_KIND_NAMES[kind as ChamberKind] ?? { zh: kind, en: kind };

const FIELDS = [
  'chamberName',
  'chamberKind',
  'organisationType',
  'fullMembers',
  'probationaryMembers',
  'memberEnterprises',
  'superiorOrganisation',
] as const;
type Draft = Record<(typeof FIELDS)[number], string>;
const EMPTY: Draft = {
  chamberName: '',
  chamberKind: 'industry',
  organisationType: 'branch',
  fullMembers: '',
  probationaryMembers: '0',
  memberEnterprises: '',
  superiorOrganisation: '',
};

/**
 * 商会党组织 (Kunshan 四(5)): chambers of commerce's party organisations — the chamber, its kind, its
 * organisation's type and counts, its member enterprises — oldest first; staff record one (the type must be
 * possible for the counts, the refusal at the type). Counts only, never members.
 */
export const ChambersScreen = ({ mayRecord }: { readonly mayRecord: boolean }) => {
  const { t, tr } = useText();
  const list = useKeysetPages<ChamberOrganisationView>('/party-building/chamber-organisations', {});
  const command = useCommand();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const field = (name: keyof Draft) => ({
    id: `chamber-${name}`,
    value: draft[name],
    onChange: (value: string) => setDraft((d) => ({ ...d, [name]: value })),
    error: command.failure?.messageFor(name) ?? null,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const answer = await command.run<{ chamberOrganisationId: string }>(
      '/party-building/chamber-organisations',
      { method: 'POST', body: draft },
    );
    if (answer) {
      setDone(tr(`已登记 ${draft.chamberName} 的党组织`, `Recorded ${draft.chamberName}’s organisation`));
      setDraft(EMPTY);
      list.reload();
    }
  };
  return (
    <div className="party-building">
      {mayRecord ? (
        <form className="panel" aria-labelledby="chamber-form-title" noValidate onSubmit={submit}>
          <h2 id="chamber-form-title">{tr('登记商会党组织', 'Record a chamber’s organisation')}</h2>
          <div className="form-grid">
            <TextField {...field('chamberName')} label={tr('商会名称', 'Chamber')} required />
            <SelectField
              {...field('chamberKind')}
              label={tr('商会类别', 'Kind of chamber')}
              required
              options={CHAMBER_KINDS.map((kind) => ({ value: kind, label: t(CHAMBER_KIND_NAMES[kind]) }))}
            />
            <SelectField
              {...field('organisationType')}
              label={tr('党组织形式', 'Organisation')}
              required
              options={CHAMBER_ORGANISATION_TYPES.map((type) => ({
                value: type,
                label: t(organisationTypeName(type)),
              }))}
            />
            <TextField
              {...field('fullMembers')}
              inputMode="numeric"
              label={tr('正式党员人数', 'Full members')}
              required
            />
            <TextField
              {...field('probationaryMembers')}
              inputMode="numeric"
              label={tr('预备党员人数', 'Probationary members')}
              required
            />
            <TextField
              {...field('memberEnterprises')}
              inputMode="numeric"
              label={tr('会员企业数', 'Member enterprises')}
              required
            />
            <TextField
              {...field('superiorOrganisation')}
              label={tr('上级党组织', 'Superior organisation')}
              required
            />
          </div>
          <ErrorNotice error={unclaimedFailure(command.failure, [...FIELDS])} />
          {done === null ? null : (
            <p className="notice notice--ok" role="status">
              {done}
            </p>
          )}
          <div className="action-form__buttons">
            <button type="submit" className="button button--primary" disabled={command.busy}>
              {tr('登记', 'Record')}
            </button>
          </div>
        </form>
      ) : null}
      <h2>{tr('已登记的商会党组织', 'Recorded chamber organisations')}</h2>
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('还没有登记商会党组织。', 'No chamber organisation is recorded yet.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="party-chambers">
            <caption className="visually-hidden">{tr('商会党组织', 'Chamber organisations')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('商会', 'Chamber')}</th>
                <th scope="col">{tr('类别', 'Kind')}</th>
                <th scope="col">{tr('党组织形式', 'Organisation')}</th>
                <th scope="col">{tr('正式 / 预备党员', 'Full / probationary')}</th>
                <th scope="col">{tr('会员企业', 'Member enterprises')}</th>
                <th scope="col">{tr('上级党组织', 'Superior organisation')}</th>
                <th scope="col">{tr('登记日期', 'Recorded on')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.chamberOrganisationId}>
                  <td>{item.chamberName}</td>
                  <td>{t(chamberKindName(item.chamberKind))}</td>
                  <td>{t(organisationTypeName(item.organisationType))}</td>
                  <td>
                    {item.fullMembers} / {item.probationaryMembers}
                  </td>
                  <td>{item.memberEnterprises}</td>
                  <td>{item.superiorOrganisation}</td>
                  <td>{item.recordedOn}</td>
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
    </div>
  );
};
