export const APPEALS_OPTIONS = Symbol('AppealsOptions');

export interface AppealsOptions {
  /** 兜底责任单位 until an administrator changes the policy (APPEALS_DEFAULT_OWNER_UNIT_ID). */
  readonly defaultOwnerUnitId: string;
  /**
   * Where the unit directory lives: `local` (the one-process app: start-up refuses an unknown default owner)
   * or `replicated` (a service fed from Kafka: not ready until the default owner is known).
   */
  readonly defaultOwnerDirectory: 'local' | 'replicated';
}
