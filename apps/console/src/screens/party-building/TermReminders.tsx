import type { TermReminderView } from '@qinqing/party-building/contracts';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { organisationTypeName } from './partyBuildingNames';
import { useKeysetPages } from './useKeysetPages';

/**
 * 换届提醒: terms ending within six months (or ended) whose reminder the scheduler has given, soonest end first;
 * a term leaves the list when its election (the new term) is recorded.
 */
export const TermReminders = () => {
  const { t, tr } = useText();
  const list = useKeysetPages<TermReminderView>('/party-building/term-reminders', {});
  return (
    <section className="party-reminders" aria-labelledby="party-reminders-title">
      <h2 id="party-reminders-title">{tr('换届提醒', 'Term reminders')}</h2>
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('六个月内没有届满的任期。', 'No term ends within six months.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="party-reminders__table">
            <caption className="visually-hidden">{tr('换届提醒', 'Term reminders')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('企业', 'Enterprise')}</th>
                <th scope="col">{tr('组织', 'Organisation')}</th>
                <th scope="col">{tr('本届任期', 'Term')}</th>
                <th scope="col">{tr('提醒', 'Reminder')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((reminder) => (
                <tr key={reminder.creditCode}>
                  <td>
                    <a href={hrefFor({ screen: 'party-organisation', creditCode: reminder.creditCode })}>
                      {reminder.enterpriseName}
                    </a>
                    <div className="muted">{reminder.creditCode}</div>
                  </td>
                  <td>{t(organisationTypeName(reminder.type))}</td>
                  <td>
                    {reminder.termStartedOn} – {reminder.termEndsOn}
                  </td>
                  <td>
                    <span className={`chip ${reminder.ended ? 'chip--published' : 'chip--repairable'}`}>
                      {reminder.ended
                        ? tr('已届满，未登记换届', 'Ended, no election recorded')
                        : tr(
                            `届满前${reminder.monthsBefore}个月提醒`,
                            `${reminder.monthsBefore} months before the end`,
                          )}
                    </span>
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
    </section>
  );
};
