import { Injectable } from '@nestjs/common';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';

/**
 * Brings read models up to the log before an administrator's command answers, so the list they see
 * next already shows the change (read-your-writes). Best effort by nature on PostgreSQL, where another
 * open transaction can hold the log's read horizon back for a moment; correctness never depends on it —
 * login and existence checks read the streams.
 */
@Injectable()
export class ReadModelCatchUp {
  constructor(private readonly host: EventSourcingHost) {}

  async of(...projections: string[]): Promise<void> {
    for (const name of projections) await this.host.projection(name).catchUp();
  }
}
