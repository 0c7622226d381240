import type { Bilingual } from '../i18n/LocaleContext';
import type { OrganisationUnit } from './types';
import { useApiData } from './useApiData';

/** The departments (职能部门) from the identity service, for pickers. */
export const useDepartments = (): readonly OrganisationUnit[] => {
  const { data } = useApiData<readonly OrganisationUnit[]>('/organisation-units?kind=department');
  return data.status === 'ready' ? data.data : [];
};

/** Every unit's name (departments and 亲清家园 centres), for showing ids as names. */
export const useUnitNames = (): ((unitId: string) => Bilingual) => {
  const { data } = useApiData<readonly OrganisationUnit[]>('/organisation-units');
  const units = data.status === 'ready' ? data.data : [];
  return (unitId) => units.find((u) => u.unitId === unitId)?.name ?? { zh: unitId, en: unitId };
};
