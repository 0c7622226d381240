import { z } from 'zod';

/**
 * The demo data's default owner (营商环境办, seeded by the identity demo data): the default when DEMO_DATA is on.
 * Without demo data the jurisdiction must name its own.
 */
export const DEMO_DEFAULT_OWNER_UNIT_ID = 'unit-business-environment-office';

/** Variables of the appeals context, for every app that runs it (embedded and appeals-service). */
export const appealsEnv = {
  /**
   * 兜底责任单位 (issue 11 item 10): the unit that owns requests nobody claimed in time. Required without demo
   * data; it must name a registered department (checked at start-up).
   */
  APPEALS_DEFAULT_OWNER_UNIT_ID: z.string().trim().min(1).optional(),
};

type AppealsEnv = {
  readonly APPEALS_DEFAULT_OWNER_UNIT_ID?: string | undefined;
  readonly DEMO_DATA: boolean;
};

/** superRefine step: without demo data the default owner must be named. */
export const checkAppealsEnv = (env: AppealsEnv, ctx: z.RefinementCtx): void => {
  if (!env.DEMO_DATA && env.APPEALS_DEFAULT_OWNER_UNIT_ID === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['APPEALS_DEFAULT_OWNER_UNIT_ID'],
      message:
        'APPEALS_DEFAULT_OWNER_UNIT_ID（兜底责任单位）必须设置为已登记部门的编号 / must name the registered department that owns unclaimed requests',
    });
  }
};

export const defaultOwnerOf = (env: AppealsEnv): string =>
  env.APPEALS_DEFAULT_OWNER_UNIT_ID ?? DEMO_DEFAULT_OWNER_UNIT_ID;
