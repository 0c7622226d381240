import type { QueueSetupView, QueueStatsAnswer, VisitPage } from '@qinqing/service-centre/contracts';
import { useState } from 'react';
import type { Me } from '../../api/types';
import { useApiData } from '../../api/useApiData';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { minutes, OUTCOME_NAMES, STATUS_NAMES } from './queueNames';
import './queue.css';

/**
 * The centre manager's dashboard (排队统计): today's queue per service, waiting and service times per service
 * and hour of day (mean and 90th percentile, to the minute) with no-shows and ratings, and today's visits with
 * what each produced. Service staff see their own centre; supervisors and administrators choose one.
 */
export const QueueDashboardScreen = ({ me }: { readonly me: Me }) => {
  const { t, tr } = useText();
  const own = me.centre?.unitId ?? null;
  const [chosen, setChosen] = useState<string>('');
  const stats = useApiData<QueueStatsAnswer>(
    `/service-centre/queue/stats${own === null && chosen !== '' ? `?centreId=${chosen}` : ''}`,
  );
  const allCentres = useApiData<QueueStatsAnswer>(own === null ? '/service-centre/queue/stats' : null);
  const centreIds =
    allCentres.data.status === 'ready' ? [...new Set(allCentres.data.data.rows.map((r) => r.centreId))] : [];
  const centreId = own ?? (chosen === '' ? null : chosen);
  const setup = useApiData<QueueSetupView>(
    centreId === null ? null : `/service-centre/queue/centres/${centreId}`,
  );
  const visits = useApiData<VisitPage>(
    centreId === null ? null : `/service-centre/queue/centres/${centreId}/visits?limit=100`,
  );
  const serviceName = (serviceId: string) =>
    setup.data.status === 'ready'
      ? t(
          setup.data.data.services.find((s) => s.serviceId === serviceId)?.name ?? {
            zh: serviceId,
            en: serviceId,
          },
        )
      : serviceId;

  return (
    <div className="queue">
      {own !== null ? null : (
        <div className="queue__pick">
          <label htmlFor="queue-centre">{tr('服务中心', 'Centre')}</label>
          <select id="queue-centre" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{tr('全部', 'All')}</option>
            {centreIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </div>
      )}
      {setup.data.status !== 'ready' ? null : (
        <section className="panel" aria-labelledby="queue-today">
          <h2 id="queue-today" className="queue__heading">
            {t(setup.data.data.centre)} · {tr('今日排队', 'Today’s queue')}
          </h2>
          <div className="queue__tiles">
            {setup.data.data.services
              .filter((s) => s.active)
              .map((s) => (
                <div key={s.serviceId} className="queue__tile">
                  <p className="queue__tile-name">{t(s.name)}</p>
                  <p className="queue__tile-figure">{tr(`等候 ${s.waiting} 人`, `${s.waiting} waiting`)}</p>
                  <p className="muted">
                    {s.estimatedWaitMinutes === null
                      ? tr('无开放窗口', 'No counter open')
                      : tr(`预计 ${s.estimatedWaitMinutes} 分钟`, `About ${s.estimatedWaitMinutes} min`)}
                  </p>
                </div>
              ))}
          </div>
        </section>
      )}
      <section className="panel" aria-labelledby="queue-times">
        <h2 id="queue-times" className="queue__heading">
          {tr('等候与办理时长（按服务、时段）', 'Waiting and service times by service and hour')}
        </h2>
        {stats.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
        {stats.data.status === 'error' ? <ErrorNotice error={stats.data.error} /> : null}
        {stats.data.status === 'ready' && stats.data.data.rows.length === 0 ? (
          <p>{tr('还没有办结的号。', 'No finished visits yet.')}</p>
        ) : null}
        {stats.data.status !== 'ready' || stats.data.data.rows.length === 0 ? null : (
          <div className="table-wrap">
            <table className="queue__table">
              <caption className="muted">
                {tr('时长单位：分钟；P90 精确到分钟', 'Times in minutes; P90 to the minute')}
              </caption>
              <thead>
                <tr>
                  {own === null ? <th scope="col">{tr('中心', 'Centre')}</th> : null}
                  <th scope="col">{tr('服务', 'Service')}</th>
                  <th scope="col">{tr('时段', 'Hour')}</th>
                  <th scope="col">{tr('办结', 'Visits')}</th>
                  <th scope="col">{tr('平均等候', 'Mean wait')}</th>
                  <th scope="col">{tr('P90 等候', 'P90 wait')}</th>
                  <th scope="col">{tr('平均办理', 'Mean service')}</th>
                  <th scope="col">{tr('P90 办理', 'P90 service')}</th>
                  <th scope="col">{tr('未到', 'No-shows')}</th>
                  <th scope="col">{tr('评价', 'Rating')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.data.data.rows.map((row) => (
                  <tr key={`${row.centreId}/${row.serviceId}/${row.hour}`}>
                    {own === null ? <td>{row.centreId}</td> : null}
                    <td>{serviceName(row.serviceId)}</td>
                    <td>{`${String(row.hour).padStart(2, '0')}:00`}</td>
                    <td>{row.visits}</td>
                    <td>{minutes(row.meanWaitSeconds)}</td>
                    <td>{minutes(row.p90WaitSeconds)}</td>
                    <td>{minutes(row.meanServiceSeconds)}</td>
                    <td>{minutes(row.p90ServiceSeconds)}</td>
                    <td>{row.noShows}</td>
                    <td>{row.meanRating === null ? '—' : `${row.meanRating} (${row.ratings})`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {visits.data.status !== 'ready' ? null : (
        <section className="panel" aria-labelledby="queue-visits">
          <h2 id="queue-visits" className="queue__heading">
            {tr('今日来访与成果', 'Today’s visits and what they produced')}
          </h2>
          {visits.data.data.items.length === 0 ? (
            <p>{tr('今天还没有取号。', 'No tickets today yet.')}</p>
          ) : (
            <div className="table-wrap">
              <table className="queue__table">
                <thead>
                  <tr>
                    <th scope="col">{tr('号码', 'Number')}</th>
                    <th scope="col">{tr('服务', 'Service')}</th>
                    <th scope="col">{tr('状态', 'Status')}</th>
                    <th scope="col">{tr('等候', 'Waited')}</th>
                    <th scope="col">{tr('办理', 'Served')}</th>
                    <th scope="col">{tr('成果', 'Produced')}</th>
                    <th scope="col">{tr('评价', 'Rating')}</th>
                  </tr>
                </thead>
                <tbody>
                  {visits.data.data.items.map((visit) => (
                    <tr key={visit.ticketId}>
                      <td>{visit.number}</td>
                      <td>{serviceName(visit.serviceId)}</td>
                      <td>{t(STATUS_NAMES[visit.status] ?? { zh: visit.status, en: visit.status })}</td>
                      <td>{minutes(visit.waitedSeconds)}</td>
                      <td>{minutes(visit.servedSeconds)}</td>
                      <td>
                        {visit.outcomes.length === 0
                          ? '—'
                          : visit.outcomes
                              .map(
                                (o) => `${t(OUTCOME_NAMES[o.kind] ?? { zh: o.kind, en: o.kind })} ${o.refId}`,
                              )
                              .join('；')}
                      </td>
                      <td>{visit.rating === null ? '—' : `${visit.rating}★`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
};
