import { HolidaySchedulePanel } from './HolidaySchedulePanel';
import { PolicyPanel } from './PolicyPanel';

/** Administrators: the holiday calendar and the clock parameters. */
export const AdminScreen = () => (
  <div className="admin">
    <HolidaySchedulePanel />
    <PolicyPanel />
  </div>
);
