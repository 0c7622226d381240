/** The directory's size classes (国统字〔2017〕213号), which policies and events target. */
export const ENTERPRISE_SIZES = ['large', 'medium', 'small', 'micro'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];
