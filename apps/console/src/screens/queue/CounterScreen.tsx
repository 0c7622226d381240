import type { CounterView, QueueSetupView } from '@qinqing/service-centre/contracts';
import { useEffect, useState } from 'react';
import { api } from '../../api/apiClient';
import type { Me } from '../../api/types';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { OUTCOME_NAMES, PRIORITY_NAMES } from './queueNames';
import './queue.css';

const COUNTER_KEY = 'qinqing.queue.counter';
const REFRESH_MS = 5_000;

/**
 * The counter screen (窗口叫号): the service staff member picks their counter once (remembered on this
 * computer), then works it with one tap per step — call the next ticket, re-call, start, finish, no-show,
 * transfer — and links what a finished visit produced.
 */
export const CounterScreen = ({ me }: { readonly me: Me }) => {
  const { t, tr } = useText();
  const centreId = me.centre?.unitId ?? null;
  const setup = useApiData<QueueSetupView>(
    centreId === null ? null : `/service-centre/queue/centres/${centreId}`,
  );
  const [counterId, setCounterId] = useState<string>(() => localStorage.getItem(COUNTER_KEY) ?? '');
  const [view, setView] = useState<CounterView | null>(null);
  const [target, setTarget] = useState('');
  const [linkTicket, setLinkTicket] = useState('');
  const [kind, setKind] = useState('request');
  const [refId, setRefId] = useState('');
  const [linked, setLinked] = useState<string | null>(null);
  const command = useCommand();
  const base =
    centreId === null || counterId === ''
      ? null
      : `/service-centre/queue/centres/${centreId}/counters/${counterId}`;

  useEffect(() => {
    if (base === null) return;
    let live = true;
    const load = () =>
      api<CounterView>(base)
        .then((answer) => {
          if (live) setView(answer);
        })
        .catch(() => undefined);
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [base]);

  if (centreId === null)
    return <p>{tr('您的账号未关联服务中心。', 'Your account is not linked to a service centre.')}</p>;
  if (setup.data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (setup.data.status === 'error') return <ErrorNotice error={setup.data.error} />;
  const counters = setup.data.data.counters;
  const counter = counters.find((c) => c.counterId === counterId);
  const serviceName = (serviceId: string) =>
    setup.data.status === 'ready'
      ? t(
          setup.data.data.services.find((s) => s.serviceId === serviceId)?.name ?? {
            zh: serviceId,
            en: serviceId,
          },
        )
      : serviceId;

  const act = async (action: string, body?: unknown) => {
    if (base === null) return;
    setLinked(null);
    const answer = await command.run<CounterView>(`${base}/${action}`, { method: 'POST', body });
    if (answer) setView(answer);
  };

  const link = async () => {
    if (linkTicket === '') return;
    const answer = await command.run<{ ticketId: string }>(
      `/service-centre/queue/centres/${centreId}/tickets/${linkTicket}/outcomes`,
      { method: 'POST', body: { kind, refId } },
    );
    if (answer) {
      setLinked(refId);
      setRefId('');
    }
  };

  const current = view?.current ?? null;
  const linkable = [
    ...(current === null ? [] : [{ ticketId: current.ticketId, number: current.number }]),
    ...(view?.recentlyFinished ?? []),
  ];

  return (
    <div className="queue">
      <div className="queue__pick">
        <label htmlFor="queue-counter">{tr('我的窗口', 'My counter')}</label>
        <select
          id="queue-counter"
          value={counterId}
          onChange={(event) => {
            setCounterId(event.target.value);
            setView(null);
            localStorage.setItem(COUNTER_KEY, event.target.value);
          }}
        >
          <option value="">{tr('请选择窗口', 'Choose a counter')}</option>
          {counters.map((c) => (
            <option key={c.counterId} value={c.counterId}>
              {t(c.name)}
              {c.open ? '' : tr('（未开放）', ' (closed)')}
            </option>
          ))}
        </select>
      </div>
      {counter === undefined ? null : (
        <section className="panel queue__counter" aria-labelledby="queue-now">
          <h2 id="queue-now" className="queue__heading">
            {t(counter.name)} · {counter.serviceIds.map(serviceName).join('、')}
          </h2>
          <div className="queue__now" role="status" aria-live="polite">
            {current === null ? (
              <p className="queue__idle">{tr('当前没有接待', 'Nobody at the counter')}</p>
            ) : (
              <>
                <p className="queue__number" data-testid="current-number">
                  {current.number}
                </p>
                <p>
                  {serviceName(current.serviceId)} ·{' '}
                  {t(PRIORITY_NAMES[current.priority] ?? { zh: current.priority, en: current.priority })}
                  {current.transferred ? tr(' · 转窗口', ' · transferred') : ''}
                  {' · '}
                  {current.status === 'serving' ? tr('办理中', 'Serving') : tr('已叫号', 'Called')}
                </p>
              </>
            )}
            <p className="queue__waiting">
              {tr(
                `本窗口可叫 ${view?.waiting ?? 0} 人等候`,
                `${view?.waiting ?? 0} waiting for this counter`,
              )}
            </p>
          </div>
          <div className="queue__actions">
            <button
              type="button"
              className="button button--primary queue__call"
              disabled={command.busy || current !== null || !counter.open}
              onClick={() => void act('call-next')}
            >
              {tr('叫下一位', 'Call next')}
            </button>
            <button
              type="button"
              className="button"
              disabled={command.busy || current?.status !== 'called'}
              onClick={() => void act('recall')}
            >
              {tr('重叫', 'Re-call')}
            </button>
            <button
              type="button"
              className="button"
              disabled={command.busy || current?.status !== 'called'}
              onClick={() => void act('start')}
            >
              {tr('开始办理', 'Start')}
            </button>
            <button
              type="button"
              className="button"
              disabled={command.busy || current === null}
              onClick={() => void act('finish')}
            >
              {tr('办结', 'Finish')}
            </button>
            <button
              type="button"
              className="button"
              disabled={command.busy || current?.status !== 'called'}
              onClick={() => void act('no-show')}
            >
              {tr('未到', 'No-show')}
            </button>
          </div>
          <div className="queue__transfer">
            <label htmlFor="queue-transfer">{tr('转到窗口', 'Transfer to')}</label>
            <select id="queue-transfer" value={target} onChange={(event) => setTarget(event.target.value)}>
              <option value="">{tr('请选择', 'Choose')}</option>
              {counters
                .filter((c) => c.counterId !== counterId && c.open)
                .map((c) => (
                  <option key={c.counterId} value={c.counterId}>
                    {t(c.name)}
                  </option>
                ))}
            </select>
            <button
              type="button"
              className="button"
              disabled={command.busy || current === null || target === ''}
              onClick={() => void act('transfer', { toCounterId: target })}
            >
              {tr('转窗口', 'Transfer')}
            </button>
          </div>
          <ErrorNotice error={command.failure} />
        </section>
      )}
      {counter === undefined || linkable.length === 0 ? null : (
        <section className="panel" aria-labelledby="queue-link">
          <h2 id="queue-link" className="queue__heading">
            {tr('登记办事成果', 'What the visit produced')}
          </h2>
          <div className="queue__link">
            <label htmlFor="queue-link-ticket">{tr('号票', 'Ticket')}</label>
            <select
              id="queue-link-ticket"
              value={linkTicket}
              onChange={(event) => setLinkTicket(event.target.value)}
            >
              <option value="">{tr('请选择', 'Choose')}</option>
              {linkable.map((ticket) => (
                <option key={ticket.ticketId} value={ticket.ticketId}>
                  {ticket.number}
                </option>
              ))}
            </select>
            <label htmlFor="queue-link-kind">{tr('类别', 'Kind')}</label>
            <select id="queue-link-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
              {Object.entries(OUTCOME_NAMES).map(([value, name]) => (
                <option key={value} value={value}>
                  {t(name)}
                </option>
              ))}
            </select>
            <label htmlFor="queue-link-ref">{tr('编号', 'Id')}</label>
            <input id="queue-link-ref" value={refId} onChange={(event) => setRefId(event.target.value)} />
            <button
              type="button"
              className="button"
              disabled={command.busy || linkTicket === '' || refId.trim() === ''}
              onClick={() => void link()}
            >
              {tr('登记', 'Link')}
            </button>
          </div>
          {linked === null ? null : (
            <p className="notice" role="status">
              {tr(`已登记 ${linked}`, `Linked ${linked}`)}
            </p>
          )}
        </section>
      )}
    </div>
  );
};
