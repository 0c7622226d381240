import type { JointBranchAnswer } from '@qinqing/party-building/contracts';
import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { unclaimedFailure } from '../credit/unclaimedFailure';

/** At most five units (支部工作条例 第五条: 一般不超过5个); the form offers five code fields. */
const UNIT_FIELDS = 5;
const FIELDS = ['name', 'units', 'foundedOn', 'superiorOrganisation', 'secretary', 'termStartedOn'] as const;
type Scalar = Exclude<(typeof FIELDS)[number], 'units'>;

/**
 * 组建联合党支部: its name, two to five units by credit code (each with fewer than three full members and at least
 * one member), the founding date, the superior organisation, the secretary and the term's start. A refusal
 * stands at the field it names — a unit's at that unit's code (`units.<i>`), too few or too many units above
 * the codes.
 */
export const JointBranchForm = ({
  onFormed,
  onCancel,
}: {
  readonly onFormed: (answer: JointBranchAnswer) => void;
  readonly onCancel: () => void;
}) => {
  const { t, tr } = useText();
  const command = useCommand();
  const [draft, setDraft] = useState<Record<Scalar, string>>({
    name: '',
    foundedOn: '',
    superiorOrganisation: '',
    secretary: '',
    termStartedOn: '',
  });
  const [units, setUnits] = useState<readonly string[]>(Array.from({ length: UNIT_FIELDS }, () => ''));
  const filled = units.map((code) => code.trim()).filter((code) => code !== '');
  // The API numbers the units it was sent; the form sends the filled fields in order, so map back.
  const indexOfField = (i: number): number | null =>
    units[i]?.trim() === '' ? null : units.slice(0, i).filter((code) => code.trim() !== '').length;
  const field = (name: Scalar) => ({
    id: `joint-branch-${name}`,
    value: draft[name],
    onChange: (value: string) => setDraft((d) => ({ ...d, [name]: value })),
    error: command.failure?.messageFor(name) ?? null,
  });
  const unitsProblem =
    command.failure?.problem.field === 'units'
      ? command.failure.problem.message
      : (command.failure?.problem.fields?.find((p) => p.field === 'units')?.message ?? null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await command.run<JointBranchAnswer>('/party-building/joint-branches', {
      method: 'POST',
      body: { ...draft, units: filled },
    });
    if (answer) onFormed(answer);
  };
  return (
    <form className="panel" aria-labelledby="joint-branch-form-title" noValidate onSubmit={submit}>
      <h2 id="joint-branch-form-title">{tr('组建联合党支部', 'Form a joint branch')}</h2>
      <p className="muted">
        {tr(
          '正式党员不足3人的单位可与邻近单位联合建立党支部，一般不超过5个单位（支部工作条例第五条）；各单位须已登记党组织情况。',
          'Units with fewer than three full members may join neighbouring units in a branch, usually at most five (branch regulations art. 5); each unit’s organisation must be recorded.',
        )}
      </p>
      <div className="form-grid">
        <TextField {...field('name')} label={tr('联合党支部名称', 'Name')} required />
        <TextField
          {...field('superiorOrganisation')}
          label={tr('上级党组织', 'Superior organisation')}
          required
        />
        <TextField {...field('foundedOn')} type="date" label={tr('成立日期', 'Founded on')} required />
        <TextField {...field('secretary')} label={tr('书记', 'Secretary')} required />
        <TextField
          {...field('termStartedOn')}
          type="date"
          label={tr('本届任期开始', 'Term started on')}
          required
        />
      </div>
      <fieldset className="joint-branch-units">
        <legend>{tr('成员单位（统一社会信用代码，2–5个）', 'Units (credit codes, 2–5)')}</legend>
        {unitsProblem === null ? null : (
          <p className="field__error" role="alert">
            {t(unitsProblem)}
          </p>
        )}
        <div className="form-grid">
          {units.map((code, i) => {
            const sent = indexOfField(i);
            return (
              <TextField
                key={i}
                id={`joint-branch-unit-${i}`}
                label={tr(`单位 ${i + 1}`, `Unit ${i + 1}`)}
                value={code}
                required={i < 2}
                onChange={(value) => setUnits((all) => all.map((c, j) => (j === i ? value : c)))}
                error={sent === null ? null : (command.failure?.messageFor(`units.${sent}`) ?? null)}
              />
            );
          })}
        </div>
      </fieldset>
      <ErrorNotice error={unclaimedFailure(command.failure, [...FIELDS, 'termYears'])} />
      <div className="action-form__buttons">
        <button type="submit" className="button button--primary" disabled={command.busy}>
          {tr('组建', 'Form')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tr('取消', 'Cancel')}
        </button>
      </div>
    </form>
  );
};
