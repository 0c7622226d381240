import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@qinqing/identity/access';
import { listQuery } from '@qinqing/liaison/contracts';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import type { z } from 'zod';
import { checkedId } from '../application/liaison-access';

interface BreachRow {
  visit_id: string;
  official_id: string;
  official_unit_id: string;
  credit_code: string;
  enterprise_name: string;
  visit_date: string;
  breaches: string[];
  conduct_note: string | null;
}

/**
 * Declared conduct breaches (Kunshan 五(4), Qingdao 四(十一)) go to the discipline inspectors (纪检监察), not to the
 * official's unit: this list is theirs alone, latest first.
 */
@ApiTags('liaison')
@Controller('liaison/conduct-breaches')
export class ConductBreachesController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Get()
  @Allow('discipline-inspector')
  @ApiOperation({ summary: 'Visits whose conduct declaration departs from the rules, latest first, paged' })
  @ApiZodQuery(listQuery)
  async list(@ZodQuery(listQuery) query: z.infer<typeof listQuery>) {
    const { limit } = query;
    const after = query.after === undefined ? null : checkedId(query.after, 'after');
    const { rows } = await this.db.query<BreachRow>(
      `SELECT visit_id, official_id, official_unit_id, credit_code, enterprise_name,
              to_char(visit_date, 'YYYY-MM-DD') AS visit_date, breaches, conduct_note
       FROM liaison_visits WHERE cardinality(breaches) > 0 AND ($1::text IS NULL OR visit_id < $1)
       ORDER BY visit_id DESC LIMIT $2`,
      [after, limit + 1],
    );
    const items = rows.slice(0, limit).map((row) => ({
      visitId: row.visit_id,
      officialId: row.official_id,
      officialUnitId: row.official_unit_id,
      enterprise: { creditCode: row.credit_code, name: row.enterprise_name },
      date: row.visit_date,
      breaches: row.breaches,
      note: row.conduct_note,
    }));
    return { items, nextCursor: rows.length > limit ? (items.at(-1)?.visitId ?? null) : null };
  }
}
