import type { OrganisationUnit } from './types';
import { useApiData } from './useApiData';

/** The departments (职能部门) from the identity service, for pickers and names. */
export const useDepartments = (): readonly OrganisationUnit[] => {
  const { data } = useApiData<readonly OrganisationUnit[]>('/organisation-units?kind=department');
  return data.status === 'ready' ? data.data : [];
};
