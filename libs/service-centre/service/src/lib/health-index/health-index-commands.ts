import { Inject, Injectable } from '@nestjs/common';
import {
  CURRENT_HEALTH_INDEX_METHODOLOGY,
  type HalfYear,
  healthIndexSnapshotDecider,
  healthIndexSnapshotStreamId,
} from '@qinqing/service-centre/domain';
import type { CommandHandler, CommandMetadata, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { inputsOfHalfYear } from './health-index-inputs.table';

/** Publishing a half year's index: its counters as they stand, computed and kept as one immutable snapshot. */
@Injectable()
export class HealthIndexCommands {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  async publish(period: HalfYear, publishedBy: string, metadata: CommandMetadata) {
    const inputsByArea = await inputsOfHalfYear(this.db, period);
    return this.commands.handle(
      healthIndexSnapshotDecider,
      healthIndexSnapshotStreamId(period),
      {
        type: 'PublishHealthIndex',
        period,
        methodology: CURRENT_HEALTH_INDEX_METHODOLOGY,
        inputsByArea,
        publishedBy,
      },
      metadata,
    );
  }
}
