import type { OrganisationFormAnswer, OrganisationRecordAnswer } from '@qinqing/party-building/contracts';
import {
  ORGANISATION_TYPES,
  OWN_ORGANISATION_TYPES,
  type OrganisationType,
} from '@qinqing/party-building/domain';
import { type FormEvent, useState } from 'react';
import { queryString } from '../../api/apiClient';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { unclaimedFailure } from '../credit/unclaimedFailure';
import { organisationTypeName, requiredFormName } from './partyBuildingNames';

interface Draft {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly fullMembers: string;
  readonly probationaryMembers: string;
  readonly type: string;
  readonly foundedOn: string;
  readonly superiorOrganisation: string;
  readonly secretary: string;
  readonly instructor: string;
  readonly termStartedOn: string;
  readonly union: boolean;
  readonly youthLeague: boolean;
}

const EMPTY: Draft = {
  creditCode: '',
  enterpriseName: '',
  fullMembers: '',
  probationaryMembers: '0',
  type: 'none',
  foundedOn: '',
  superiorOrganisation: '',
  secretary: '',
  instructor: '',
  termStartedOn: '',
  union: false,
  youthLeague: false,
};

const ownOrganisation = (type: string) => OWN_ORGANISATION_TYPES.includes(type as OrganisationType);
const orNull = (text: string) => (text.trim() === '' ? null : text);

/**
 * 登记党组织情况: the organisation as it now is, whole (counts and roles, never members). What the counts call
 * for is asked of the public calculator as the counts are typed. Any organisation has a superior one; the
 * founding date, secretary and term belong to an enterprise's own organisation and are asked only for one.
 */
export const OrganisationForm = ({
  onRecorded,
  onCancel,
}: {
  readonly onRecorded: (answer: OrganisationRecordAnswer, enterpriseName: string) => void;
  readonly onCancel: () => void;
}) => {
  const { t, tr } = useText();
  const command = useCommand();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const own = ownOrganisation(draft.type);
  // Any organisation, a joint branch included, has a superior one; only its own has a founding date and term.
  const organised = draft.type !== 'none';
  const counted = draft.fullMembers.trim() !== '' && draft.probationaryMembers.trim() !== '';
  const form = useApiData<OrganisationFormAnswer>(
    counted
      ? `/party-building/organisation-form${queryString({
          fullMembers: draft.fullMembers.trim(),
          probationaryMembers: draft.probationaryMembers.trim(),
        })}`
      : null,
  );
  const calculator = counted && form.data.status === 'error' ? form.data.error : null;
  const errorFor = (field: string) =>
    command.failure?.messageFor(field) ?? calculator?.messageFor(field) ?? null;
  const field = (name: Exclude<keyof Draft, 'union' | 'youthLeague'>) => ({
    id: `org-${name}`,
    value: draft[name],
    onChange: (value: string) => setDraft((d) => ({ ...d, [name]: value })),
    error: errorFor(name),
  });
  const shown = [
    'creditCode',
    'enterpriseName',
    'fullMembers',
    'probationaryMembers',
    'type',
    'instructor',
    ...(organised ? ['superiorOrganisation'] : []),
    ...(own ? ['foundedOn', 'secretary', 'termStartedOn'] : []),
  ];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await command.run<OrganisationRecordAnswer>('/party-building/organisations', {
      method: 'POST',
      body: {
        creditCode: draft.creditCode.trim(),
        enterpriseName: draft.enterpriseName,
        fullMembers: draft.fullMembers.trim(),
        probationaryMembers: draft.probationaryMembers.trim(),
        type: draft.type,
        foundedOn: own ? orNull(draft.foundedOn) : null,
        superiorOrganisation: organised ? orNull(draft.superiorOrganisation) : null,
        secretary: own ? orNull(draft.secretary) : null,
        instructor: orNull(draft.instructor),
        termStartedOn: own ? orNull(draft.termStartedOn) : null,
        union: draft.union,
        youthLeague: draft.youthLeague,
      },
    });
    if (answer) onRecorded(answer, draft.enterpriseName.trim());
  };
  const requirement = counted && form.data.status === 'ready' ? form.data.data : null;
  return (
    <form
      className="panel action-form party-form"
      aria-labelledby="organisation-form-title"
      noValidate
      onSubmit={submit}
    >
      <h2 id="organisation-form-title">{tr('登记党组织情况', 'Record a party organisation')}</h2>
      <p className="muted">
        {tr('只登记人数和职务，不登记党员个人信息。', 'Counts and roles only: no member is named.')}
      </p>
      <div className="form-grid">
        <TextField
          {...field('creditCode')}
          label={tr('统一社会信用代码', 'Unified social credit code')}
          required
        />
        <TextField {...field('enterpriseName')} label={tr('企业名称', 'Enterprise name')} required />
        <SelectField
          {...field('type')}
          label={tr('现有党组织形式', 'Organisation it has')}
          required
          options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(organisationTypeName(type)) }))}
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
        <div className="party-form__requirement" aria-live="polite">
          <p className="field__label">{tr('按人数应建', 'The counts call for')}</p>
          {requirement === null ? (
            <p className="muted">
              {counted && form.data.status === 'loading'
                ? tr('计算中…', 'Working it out…')
                : tr('填写党员人数后显示', 'Shown once the counts are in')}
            </p>
          ) : (
            <p>
              <strong>{t(requiredFormName(requirement.form))}</strong>
              {requirement.mayAlsoForm.length === 0
                ? null
                : tr(
                    `；也可：${requirement.mayAlsoForm.map((f) => organisationTypeName(f).zh).join('、')}`,
                    `; may also form: ${requirement.mayAlsoForm.map((f) => organisationTypeName(f).en).join(', ')}`,
                  )}
            </p>
          )}
        </div>
        {organised ? (
          <TextField
            {...field('superiorOrganisation')}
            label={tr('上级党组织', 'Superior organisation')}
            required
          />
        ) : null}
        {own ? (
          <>
            <TextField {...field('foundedOn')} type="date" label={tr('成立日期', 'Founded on')} required />
            <TextField
              {...field('secretary')}
              label={tr('书记姓名', 'Secretary')}
              hint={tr('选填', 'Optional')}
            />
            <TextField
              {...field('termStartedOn')}
              type="date"
              label={tr('本届任期开始', 'Term started on')}
              hint={tr('届满日期按组织形式自动计算', 'The term’s end is worked out from the type')}
              required
            />
          </>
        ) : null}
        <TextField
          {...field('instructor')}
          label={tr('党建指导员姓名', 'Party-building instructor')}
          hint={tr('选填', 'Optional')}
        />
        <fieldset className="party-form__checks">
          <legend>{tr('群团组织', 'Union and youth league')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              id="org-union"
              checked={draft.union}
              onChange={(e) => setDraft((d) => ({ ...d, union: e.target.checked }))}
            />
            {tr('已建工会', 'Has a trade union')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              id="org-youthLeague"
              checked={draft.youthLeague}
              onChange={(e) => setDraft((d) => ({ ...d, youthLeague: e.target.checked }))}
            />
            {tr('已建共青团组织', 'Has a youth league')}
          </label>
        </fieldset>
      </div>
      <ErrorNotice error={unclaimedFailure(command.failure, shown)} />
      <div className="action-form__buttons">
        <button type="submit" className="button button--primary" disabled={command.busy}>
          {tr('登记', 'Record')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tr('取消', 'Cancel')}
        </button>
      </div>
    </form>
  );
};
