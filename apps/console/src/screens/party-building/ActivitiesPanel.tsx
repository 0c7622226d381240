import type { ActivityView } from '@qinqing/party-building/contracts';
import { ACTIVITY_KINDS } from '@qinqing/party-building/domain';
import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { unclaimedFailure } from '../credit/unclaimedFailure';
import { ACTIVITY_KIND_NAMES, activityKindName } from './partyBuildingNames';
import { useKeysetPages } from './useKeysetPages';

const FIELDS = ['kind', 'heldOn', 'title', 'participants'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;
const EMPTY: Draft = { kind: 'study', heldOn: '', title: '', participants: '' };

/**
 * 党组织活动: one organisation's activities (an enterprise's own organisation or a joint branch), newest first,
 * and for staff the form that records one — its kind, date, title and how many took part (a count, never who).
 * `mayRecord` is false for supervisors and for an enterprise without its own organisation (its members'
 * activities go to their joint branch).
 */
export const ActivitiesPanel = ({
  organisationKind,
  organisationId,
  mayRecord,
}: {
  readonly organisationKind: 'enterprise' | 'joint-branch';
  readonly organisationId: string;
  readonly mayRecord: boolean;
}) => {
  const { t, tr } = useText();
  const list = useKeysetPages<ActivityView>('/party-building/activities', {
    organisation: `${organisationKind}:${organisationId}`,
  });
  const command = useCommand();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const field = (name: keyof Draft) => ({
    id: `activity-${name}`,
    value: draft[name],
    onChange: (value: string) => setDraft((d) => ({ ...d, [name]: value })),
    error: command.failure?.messageFor(name) ?? null,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const answer = await command.run<{ activityId: string }>('/party-building/activities', {
      method: 'POST',
      body: {
        organisationKind,
        organisationId,
        kind: draft.kind,
        heldOn: draft.heldOn,
        title: draft.title,
        participants: draft.participants.trim(),
      },
    });
    if (answer) {
      setDone(tr(`已记录活动：${draft.title}`, `Recorded the activity: ${draft.title}`));
      setDraft(EMPTY);
      list.reload();
    }
  };
  return (
    <section className="panel" aria-labelledby="activities-title">
      <h2 id="activities-title">{tr('党组织活动', 'Activities')}</h2>
      {mayRecord ? (
        <form aria-labelledby="activity-form-title" noValidate onSubmit={submit}>
          <h3 id="activity-form-title">{tr('记录活动', 'Record an activity')}</h3>
          <div className="form-grid">
            <SelectField
              {...field('kind')}
              label={tr('活动类别', 'Kind')}
              required
              options={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(ACTIVITY_KIND_NAMES[kind]) }))}
            />
            <TextField {...field('heldOn')} type="date" label={tr('活动日期', 'Held on')} required />
            <TextField {...field('title')} label={tr('活动主题', 'Title')} required />
            <TextField
              {...field('participants')}
              inputMode="numeric"
              label={tr('参加人数', 'Participants')}
              hint={tr('只记人数，不记姓名。', 'A count only, never who.')}
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
              {tr('记录活动', 'Record the activity')}
            </button>
          </div>
        </form>
      ) : null}
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('还没有记录活动。', 'No activity is recorded yet.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="party-activities">
            <caption className="visually-hidden">
              {tr('党组织活动（新者在前）', 'Activities, newest first')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tr('日期', 'Date')}</th>
                <th scope="col">{tr('类别', 'Kind')}</th>
                <th scope="col">{tr('主题', 'Title')}</th>
                <th scope="col">{tr('参加人数', 'Participants')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.activityId}>
                  <td>{item.heldOn}</td>
                  <td>{t(activityKindName(item.kind))}</td>
                  <td>{item.title}</td>
                  <td>{item.participants}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNotice error={list.failure} />
      {list.next === null ? null : (
        <button type="button" className="button" onClick={() => void list.loadMore()}>
          {tr('加载更多活动', 'More activities')}
        </button>
      )}
    </section>
  );
};
