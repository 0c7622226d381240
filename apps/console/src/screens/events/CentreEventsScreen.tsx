import type {
  CentreEventDetailView,
  CentreEventView,
  CheckInAnswer,
  RegistrationAnswer,
  RegistrationView,
} from '@qinqing/service-centre/contracts';
import { useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { useKeysetPages } from '../party-building/useKeysetPages';
import { ActionForm } from './ActionForm';
import { CentreEventForm } from './CentreEventForm';
import { FeedbackSummary } from './FeedbackSummary';
import './centre-events.css';
import { chinaTime, KIND_NAMES, REGISTRATION_NAMES, STATUS_NAMES } from './centreEventNames';

/** One event: counts, feedback, and — for organisers — check-in, registration by credit code, cancel, close. */
const EventPanel = ({
  eventId,
  mayOrganise,
  onChanged,
}: {
  readonly eventId: string;
  readonly mayOrganise: boolean;
  readonly onChanged: () => void;
}) => {
  const { tr, lang } = useText();
  const detail = useApiData<CentreEventDetailView>(`/service-centre/events/${eventId}`);
  const registrations = useKeysetPages<RegistrationView>(
    `/service-centre/events/${eventId}/registrations`,
    {},
  );
  const command = useCommand();
  const [code, setCode] = useState('');
  const [creditCode, setCreditCode] = useState('');
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => {
    detail.reload();
    registrations.reload();
    onChanged();
  };
  if (detail.data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (detail.data.status === 'error') return <ErrorNotice error={detail.data.error} />;
  const event = detail.data.data;
  if (editing)
    return (
      <CentreEventForm
        event={event}
        onCancel={() => setEditing(false)}
        onDone={() => {
          setEditing(false);
          setNotice(tr('已保存修改', 'Saved'));
          refresh();
        }}
      />
    );
  const open = event.status === 'scheduled';
  const fail = command.failure;
  return (
    <section className="panel centre-event" aria-labelledby="centre-event-title">
      <h2 id="centre-event-title">
        {KIND_NAMES[event.kind][lang]}：{event.title}
      </h2>
      <p>
        {chinaTime(event.startsAt, lang)} – {chinaTime(event.endsAt, lang)} · {event.place} · {event.areaCode}
      </p>
      {event.description === '' ? null : <p>{event.description}</p>}
      <p>
        <strong>{STATUS_NAMES[event.status][lang]}</strong>
        {event.cancelReason === null ? '' : `：${event.cancelReason}`} ·{' '}
        {tr(
          `名额 ${event.capacity}，已报名 ${event.registered}，候补 ${event.waiting}，已签到 ${event.attended}`,
          `${event.registered} of ${event.capacity} places, ${event.waiting} waiting, ${event.attended} checked in`,
        )}
      </p>
      <p className="hint">
        {tr('面向：', 'Audience: ')}
        {[...event.audience.industries, ...event.audience.areaCodes, ...event.audience.sizes].join('、') ||
          tr('不限', 'everyone')}
      </p>
      {notice === null ? null : (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      <ErrorNotice error={fail} />
      {mayOrganise && open ? (
        <div className="centre-event__actions">
          <ActionForm
            id="check-in-code"
            label={tr('签到码（扫码或输入）', 'Check-in code (scan or type)')}
            value={code}
            onChange={setCode}
            error={fail?.messageFor('code')}
            submitLabel={tr('签到', 'Check in')}
            primary
            busy={command.busy}
            onSubmit={() =>
              void command
                .run<CheckInAnswer>(`/service-centre/events/${eventId}/check-ins`, {
                  method: 'POST',
                  body: { code },
                })
                .then((answer) => {
                  if (!answer) return;
                  setCode('');
                  setNotice(tr(`${answer.enterpriseName} 签到成功`, `${answer.enterpriseName} checked in`));
                  refresh();
                })
            }
          />
          <ActionForm
            id="register-credit-code"
            label={tr('代企业报名：统一社会信用代码', 'Register an enterprise: credit code')}
            value={creditCode}
            onChange={setCreditCode}
            error={fail?.messageFor('creditCode')}
            submitLabel={tr('报名', 'Register')}
            busy={command.busy}
            onSubmit={() =>
              void command
                .run<RegistrationAnswer>(`/service-centre/events/${eventId}/registrations`, {
                  method: 'POST',
                  body: { creditCode },
                })
                .then((answer) => {
                  if (!answer) return;
                  setCreditCode('');
                  setNotice(
                    answer.status === 'waiting'
                      ? tr(
                          `已列入候补第 ${answer.waitingPosition} 位，签到码 ${answer.checkInCode}`,
                          `On the waiting list at ${answer.waitingPosition}; check-in code ${answer.checkInCode}`,
                        )
                      : tr(
                          `报名成功，签到码 ${answer.checkInCode}`,
                          `Registered; check-in code ${answer.checkInCode}`,
                        ),
                  );
                  refresh();
                })
            }
          />
          <ActionForm
            id="cancel-reason"
            label={tr('取消活动：理由', 'Cancel the event: reason')}
            value={reason}
            onChange={setReason}
            error={fail?.messageFor('reason')}
            submitLabel={tr('取消活动', 'Cancel event')}
            busy={command.busy}
            onSubmit={() =>
              void command
                .run(`/service-centre/events/${eventId}/cancel`, { method: 'POST', body: { reason } })
                .then((answer) => {
                  if (!answer) return;
                  setNotice(
                    tr('活动已取消，已通知报名企业', 'Cancelled; the registered enterprises are told'),
                  );
                  refresh();
                })
            }
          />
          <p className="actions">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {tr('修改活动', 'Change')}
            </button>{' '}
            <button
              type="button"
              className="button"
              disabled={command.busy}
              onClick={() =>
                void command
                  .run(`/service-centre/events/${eventId}/close`, { method: 'POST' })
                  .then((answer) => {
                    if (!answer) return;
                    setNotice(tr('活动已结束并汇总', 'Closed; its counts are published'));
                    refresh();
                  })
              }
            >
              {tr('结束并汇总', 'Close the event')}
            </button>
          </p>
        </div>
      ) : null}
      <h3>{tr('评价汇总', 'Feedback')}</h3>
      <FeedbackSummary feedback={event.feedback} />
      <h3>{tr('报名名单（含候补）', 'Registrations (waiting list included)')}</h3>
      {registrations.items.length === 0 ? (
        <p>{tr('暂无报名', 'No registrations yet')}</p>
      ) : (
        <div className="table-wrap">
          <table className="centre-event-registrations">
            <caption className="visually-hidden">{tr('报名名单', 'Registrations')}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{tr('企业', 'Enterprise')}</th>
                <th scope="col">{tr('统一社会信用代码', 'Credit code')}</th>
                <th scope="col">{tr('状态', 'Status')}</th>
                <th scope="col">{tr('渠道', 'Channel')}</th>
                <th scope="col">{tr('签到', 'Checked in')}</th>
              </tr>
            </thead>
            <tbody>
              {registrations.items.map((r) => (
                <tr key={r.creditCode}>
                  <td>{r.seq}</td>
                  <td>{r.enterpriseName}</td>
                  <td>{r.creditCode}</td>
                  <td>{REGISTRATION_NAMES[r.status][lang]}</td>
                  <td>{r.channel === 'kiosk' ? tr('自助终端', 'Kiosk') : tr('窗口', 'Console')}</td>
                  <td>{r.checkedInAt === null ? '—' : chinaTime(r.checkedInAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNotice error={registrations.failure} />
      {registrations.next === null ? null : (
        <button type="button" className="button" onClick={() => void registrations.loadMore()}>
          {tr('加载更多', 'Load more')}
        </button>
      )}
    </section>
  );
};

/**
 * 活动: the centre's events — symposia, policy briefings, courses, legal service sessions. Service staff
 * schedule and run them (registrations with the waiting list, check-in by code, cancel, close); supervisors read.
 */
export const CentreEventsScreen = ({ mayOrganise }: { readonly mayOrganise: boolean }) => {
  const { tr, lang } = useText();
  const [scope, setScope] = useState<'upcoming' | 'past'>('upcoming');
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useKeysetPages<CentreEventView>('/service-centre/events', { scope });
  return (
    <div className="centre-events">
      <p className="actions">
        <button
          type="button"
          className="button"
          aria-pressed={scope === 'upcoming'}
          onClick={() => setScope('upcoming')}
        >
          {tr('进行中和即将举行', 'Upcoming')}
        </button>{' '}
        <button
          type="button"
          className="button"
          aria-pressed={scope === 'past'}
          onClick={() => setScope('past')}
        >
          {tr('已举行', 'Past')}
        </button>{' '}
        {mayOrganise && !creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {tr('新建活动', 'New event')}
          </button>
        ) : null}
      </p>
      {creating ? (
        <CentreEventForm
          event={null}
          onCancel={() => setCreating(false)}
          onDone={(answer) => {
            setCreating(false);
            setSelected(answer.eventId);
            list.reload();
          }}
        />
      ) : null}
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('没有活动。', 'No events.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="centre-events-list">
            <caption className="visually-hidden">{tr('活动', 'Events')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('时间', 'When')}</th>
                <th scope="col">{tr('类型', 'Kind')}</th>
                <th scope="col">{tr('活动', 'Event')}</th>
                <th scope="col">{tr('报名/名额', 'Places')}</th>
                <th scope="col">{tr('候补', 'Waiting')}</th>
                <th scope="col">{tr('状态', 'Status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.eventId} className={selected === item.eventId ? 'is-selected' : undefined}>
                  <td>{chinaTime(item.startsAt, lang)}</td>
                  <td>{KIND_NAMES[item.kind][lang]}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => setSelected(item.eventId)}
                    >
                      {item.title}
                    </button>
                  </td>
                  <td>
                    {item.registered}/{item.capacity}
                  </td>
                  <td>{item.waiting}</td>
                  <td>{STATUS_NAMES[item.status][lang]}</td>
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
      {selected === null ? null : (
        <EventPanel key={selected} eventId={selected} mayOrganise={mayOrganise} onChanged={list.reload} />
      )}
    </div>
  );
};
