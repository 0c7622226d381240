import type { ClockView } from '@qinqing/appeals/contracts';
import type { OrganisationAlertView } from '@qinqing/party-building/contracts';
import { ClockBadge } from '../../components/ClockBadge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { organisationTypeName, requiredFormName } from './partyBuildingNames';
import { TermReminders } from './TermReminders';
import { useKeysetPages } from './useKeysetPages';

const CLOCK_NAME = { zh: '建立时限', en: 'Set up by' };

/** An open alert's working-day deadline in the shape the console's ClockBadge shows. */
export const alertClock = (alert: OrganisationAlertView): ClockView => ({
  clock: 'resolve',
  due: alert.dueOn,
  status: alert.overdue ? 'overdue' : 'running',
  workingDaysLeft: alert.workingDaysLeft,
  provisional: false,
});

/**
 * 党建预警: enterprises whose counts call for an organisation they do not have, soonest deadline first, each
 * with its working-day clock and, once past it, when it was escalated. A record in place ends the alert. Below,
 * the terms ending within six months (换届提醒).
 */
export const AlertsScreen = () => {
  const { t, tr } = useText();
  const list = useKeysetPages<OrganisationAlertView>('/party-building/alerts', {});
  return (
    <div className="party-building">
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('没有未处理的预警。', 'No open alerts.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="party-alerts">
            <caption>{tr('未处理预警（到期早者在前）', 'Open alerts (due first)')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('企业', 'Enterprise')}</th>
                <th scope="col">{tr('正式 / 预备党员', 'Full / probationary')}</th>
                <th scope="col">{tr('现有组织', 'Organisation')}</th>
                <th scope="col">{tr('按人数应建', 'Required')}</th>
                <th scope="col">{tr('预警日期', 'Raised')}</th>
                <th scope="col">{tr('时限', 'Time limit')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((alert) => (
                <tr key={alert.creditCode}>
                  <td>
                    <a href={hrefFor({ screen: 'party-organisation', creditCode: alert.creditCode })}>
                      {alert.enterpriseName}
                    </a>
                    <div className="muted">{alert.creditCode}</div>
                  </td>
                  <td>
                    {alert.fullMembers} / {alert.probationaryMembers}
                  </td>
                  <td>{t(organisationTypeName(alert.type))}</td>
                  <td>{t(requiredFormName(alert.requiredForm))}</td>
                  <td>{alert.raisedOn}</td>
                  <td>
                    <ClockBadge clock={alertClock(alert)} name={CLOCK_NAME} />
                    {alert.escalatedOn === null ? null : (
                      <div>
                        <span className="chip chip--published">
                          {tr(`${alert.escalatedOn} 已上报`, `Escalated ${alert.escalatedOn}`)}
                        </span>
                      </div>
                    )}
                  </td>
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
      <TermReminders />
    </div>
  );
};
