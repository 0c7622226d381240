import type { UnitView } from '../api/adminTypes';
import { useApiData } from '../api/useApiData';
import { KioskDevicesPanel } from './admin/KioskDevicesPanel';
import { OrganisationUnitsPanel } from './admin/OrganisationUnitsPanel';
import { StaffAccountsPanel } from './admin/StaffAccountsPanel';
import { HolidaySchedulePanel } from './HolidaySchedulePanel';
import { PolicyPanel } from './PolicyPanel';

/** Administrators: staff accounts, kiosks, organisation units, the holiday calendar and the clock parameters. */
export const AdminScreen = () => {
  const { data, reload } = useApiData<readonly UnitView[]>('/organisation-units');
  const units = data.status === 'ready' ? data.data : [];
  return (
    <div className="admin">
      <StaffAccountsPanel units={units} />
      <KioskDevicesPanel units={units} />
      <OrganisationUnitsPanel units={units} onChanged={reload} />
      <HolidaySchedulePanel />
      <PolicyPanel />
    </div>
  );
};
