import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ORGANISATION_UNITS_PROJECTION } from '@qinqing/identity/access';
import { EventSourcingHost, ReadinessRegistry, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { APPEALS_OPTIONS, type AppealsOptions } from '../appeals.options';
import { AppealsPolicyService } from './appeals-policy.service';
import { UnitDirectory } from './unit-directory.service';

const notADepartment = (unitId: string) =>
  `兜底责任单位（设置 APPEALS_DEFAULT_OWNER_UNIT_ID，或管理员在诉求办理参数中修改的兜底责任单位）“${unitId}”不是已登记的部门；` +
  `The default owner (setting APPEALS_DEFAULT_OWNER_UNIT_ID, or the policy's defaultOwnerUnitId) "${unitId}" is not a registered department`;

/**
 * 首问负责制: nothing may fall to a unit nobody belongs to (issue 11 item 10). The default owner in force must be
 * a registered department. Where the directory is local (the one-process app) start-up refuses otherwise, once
 * the organisation has departments at all; the directory replicated from Kafka (the distributed mode) fills in
 * after start, so there the app reports itself not ready, naming the setting, until the department is known.
 */
@Injectable()
export class DefaultOwnerCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('DefaultOwnerCheck');

  constructor(
    @Inject(APPEALS_OPTIONS) private readonly options: AppealsOptions,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly policy: AppealsPolicyService,
    private readonly units: UnitDirectory,
    private readonly readiness: ReadinessRegistry,
    private readonly host: EventSourcingHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.readiness.register({ name: 'appeals-default-owner', check: () => this.check() });
    if (this.options.defaultOwnerDirectory !== 'local') return;
    // Seeded units (demo data) are in the read model once its projection caught up — that one only: on a long log
    // with an empty read side (a first start on a migrated log) settling every read model would hold the start
    // for as long as replaying the whole log into each of them.
    await this.host.projection(ORGANISATION_UNITS_PROJECTION).catchUp();
    const { ok, detail } = await this.check();
    if (ok) return;
    const { rows } = await this.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM identity_organisation_units WHERE kind = 'department'",
    );
    if (Number(rows[0]?.n ?? 0) === 0) {
      // A fresh install: no department exists yet, so nothing can be routed; not ready until one is named.
      this.logger.error(detail);
      return;
    }
    throw new Error(`Start-up refused: ${detail ?? ''}`);
  }

  private async check(): Promise<{ ok: boolean; detail?: string }> {
    const { defaultOwnerUnitId } = await this.policy.current();
    return (await this.units.isDepartment(defaultOwnerUnitId))
      ? { ok: true, detail: defaultOwnerUnitId }
      : { ok: false, detail: notADepartment(defaultOwnerUnitId) };
  }
}
