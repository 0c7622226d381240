import type { ScheduleList } from '../api/types';
import { useApiData } from '../api/useApiData';
import { useText } from '../i18n/useText';
import { hrefFor } from '../session/useRoute';

/**
 * For administrators: from 1 October until next year's holiday notice is loaded (and all year when this year's
 * is missing), a banner says so on every screen — deadlines in that year are provisional until it is loaded.
 */
export const CalendarReminder = () => {
  const { t, tr } = useText();
  const { data } = useApiData<ScheduleList>('/calendar/schedules');
  if (data.status !== 'ready' || data.data.reminder === null) return null;
  return (
    <div className="notice notice--warning calendar-reminder" role="status">
      <p>
        <strong>{tr('节假日安排待载入：', 'Holiday notice missing: ')}</strong>
        {t(data.data.reminder.message)}{' '}
        <a href={hrefFor({ screen: 'admin' })}>{tr('去载入', 'Load it now')}</a>
      </p>
    </div>
  );
};
