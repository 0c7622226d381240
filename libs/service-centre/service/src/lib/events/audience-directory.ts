import { Inject, Injectable } from '@nestjs/common';
import type { AudienceFacts, EnterpriseSize } from '@qinqing/service-centre/domain';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';

/**
 * The port the events area asks for an enterprise's audience facts (industry, area, size). Behind it: the service
 * centre's one replica of liaison's directory, `service_centre_directory`, kept by the policy push's consumer
 * (`service-centre.liaison-directory`, policies/directory). An enterprise it does not know answers null: it may
 * register only for events open to everyone.
 */
export interface AudienceDirectory {
  factsOf(creditCode: string): Promise<AudienceFacts | null>;
}

export const AUDIENCE_DIRECTORY = Symbol('AUDIENCE_DIRECTORY');

interface FactsRow {
  readonly name: string;
  readonly industry: string;
  readonly area_code: string;
  readonly size: string | null;
}

/** Reads the policy push's directory replica by its key (the table is created by its consumer). */
@Injectable()
export class ReplicaAudienceDirectory implements AudienceDirectory {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async factsOf(creditCode: string): Promise<AudienceFacts | null> {
    const { rows } = await this.db.query<FactsRow>(
      'SELECT name, industry, area_code, size FROM service_centre_directory WHERE credit_code = $1',
      [creditCode.toUpperCase()],
    );
    const row = rows[0];
    return row === undefined
      ? null
      : {
          name: row.name,
          industry: row.industry,
          areaCode: row.area_code,
          size: (row.size as EnterpriseSize | null) ?? null,
        };
  }
}
