import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, CurrentActor } from '@qinqing/identity/access';
import { complianceQuery } from '@qinqing/liaison/contracts';
import { chinaDateOf, type LiaisonSettings, type QuotaCompliance, visitQuota } from '@qinqing/liaison/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import type { z } from 'zod';
import { isOfficial, staffIdOf, unitRequired } from '../application/liaison-access';
import { LiaisonSettingsService } from '../application/liaison-settings.service';
import { PAIRING_COLUMNS, type PairingView, toPairingView } from '../commands/pairings.controller';

// Column names of liaison_pairings and liaison_officials do not clash, so PAIRING_COLUMNS needs no alias.
/** The most pairings one answer covers (a unit has far fewer: officials × 2). */
const MAX_PAIRINGS = 500;

export interface PairingCompliance extends QuotaCompliance {
  readonly pairing: PairingView;
  readonly officialName: string | null;
}

export interface ComplianceAnswer {
  readonly year: number;
  readonly today: string;
  readonly settings: LiaisonSettings;
  readonly pairings: readonly PairingCompliance[];
  /** Officials of the scope with fewer active pairings than the minimum (none listed for an official's own view). */
  readonly belowMinimum: readonly {
    readonly officialId: string;
    readonly name: string;
    readonly active: number;
  }[];
  readonly totals: {
    readonly due: number;
    readonly done: number;
    readonly behind: number;
    readonly met: number;
  };
  readonly truncated: boolean;
}

export interface Reminder {
  readonly officialId: string;
  readonly officialName: string | null;
  readonly pairings: readonly {
    readonly pairingId: string;
    readonly enterpriseName: string;
    readonly done: number;
    readonly expectedByNow: number;
    readonly due: number;
  }[];
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * Quota compliance (DOMAIN.md §1): per pairing, visits done vs due this year and whether the pace meets the
 * quota; officials see their own pairings, supervisors and administrators one unit at a time.
 */
@ApiTags('liaison')
@Controller('liaison/compliance')
export class ComplianceController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly settings: LiaisonSettingsService,
  ) {}

  @Get()
  @Allow('leading-official', 'supervisor', 'administrator')
  @ApiOperation({
    summary: 'Visits done vs due per pairing this year (own pairings, or one unit’s: ?unitId=)',
  })
  @ApiZodQuery(complianceQuery)
  compliance(
    @ZodQuery(complianceQuery) query: z.infer<typeof complianceQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<ComplianceAnswer> {
    return this.compute(query, actor);
  }

  @Get('reminders')
  @Allow('leading-official', 'supervisor', 'administrator')
  @ApiOperation({
    summary: 'Officials behind the pace of the visit quota, with what they owe (own, or one unit’s)',
  })
  @ApiZodQuery(complianceQuery)
  async reminders(
    @ZodQuery(complianceQuery) query: z.infer<typeof complianceQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<{ readonly year: number; readonly reminders: readonly Reminder[] }> {
    const answer = await this.compute(query, actor);
    const byOfficial = new Map<string, PairingCompliance[]>();
    for (const row of answer.pairings) {
      if (row.status !== 'behind') continue;
      byOfficial.set(row.pairing.officialId, [...(byOfficial.get(row.pairing.officialId) ?? []), row]);
    }
    const reminders = [...byOfficial.entries()].map(([officialId, rows]): Reminder => {
      const names = rows.map((r) => r.pairing.enterprise.name).join('、');
      const owed = rows.reduce((n, r) => n + (r.expectedByNow - r.done), 0);
      return {
        officialId,
        officialName: rows[0]?.officialName ?? null,
        pairings: rows.map((r) => ({
          pairingId: r.pairing.pairingId,
          enterpriseName: r.pairing.enterprise.name,
          done: r.done,
          expectedByNow: r.expectedByNow,
          due: r.due,
        })),
        message: {
          zh: `走访进度落后：${names}，按进度应再走访${owed}次（每年${answer.settings.visitsPerYear}次）`,
          en: `Behind the visit pace: ${rows.map((r) => r.pairing.enterprise.name).join(', ')}; ${owed} more visit(s) to keep pace (${answer.settings.visitsPerYear} a year)`,
        },
      };
    });
    return { year: answer.year, reminders };
  }

  private async compute(query: z.infer<typeof complianceQuery>, actor: Actor): Promise<ComplianceAnswer> {
    const today = chinaDateOf(this.clock.now());
    const year = query.year ?? Number(today.slice(0, 4));
    const settings = await this.settings.current();
    const own = isOfficial(actor);
    if (!own && query.unitId === undefined) throw unitRequired();
    const scope = own
      ? { column: 'official_id', value: staffIdOf(actor) }
      : { column: 'official_unit_id', value: query.unitId ?? '' };
    const { rows } = await this.db.query<
      Parameters<typeof toPairingView>[0] & { official_name: string | null }
    >(
      `SELECT ${PAIRING_COLUMNS}, o.name AS official_name
       FROM liaison_pairings p LEFT JOIN liaison_officials o ON o.account_id = p.official_id
       WHERE p.${scope.column} = $1 AND p.start_date <= $2::date AND (p.end_date IS NULL OR p.end_date >= $3::date)
       ORDER BY p.pairing_id LIMIT $4`,
      [scope.value, `${year}-12-31`, `${year}-01-01`, MAX_PAIRINGS + 1],
    );
    const pairings = rows.slice(0, MAX_PAIRINGS);
    const visits = await this.db.query<{ pairing_id: string; visit_date: string }>(
      `SELECT pairing_id, to_char(visit_date, 'YYYY-MM-DD') AS visit_date FROM liaison_visits
       WHERE pairing_id = ANY($1::text[]) AND visit_date BETWEEN $2::date AND $3::date`,
      [pairings.map((p) => p.pairing_id), `${year}-01-01`, `${year}-12-31`],
    );
    const datesOf = new Map<string, string[]>();
    for (const v of visits.rows)
      datesOf.set(v.pairing_id, [...(datesOf.get(v.pairing_id) ?? []), v.visit_date]);
    const compliance = pairings.map((row): PairingCompliance => {
      const pairing = toPairingView(row);
      return {
        pairing,
        officialName: row.official_name,
        ...visitQuota({
          year,
          visitsPerYear: settings.visitsPerYear,
          startDate: pairing.startDate,
          endDate: pairing.endDate,
          today,
          visitDates: datesOf.get(pairing.pairingId) ?? [],
        }),
      };
    });
    const belowMinimum = own ? [] : await this.belowMinimum(query.unitId ?? '', settings);
    return {
      year,
      today,
      settings,
      pairings: compliance,
      belowMinimum,
      totals: {
        due: compliance.reduce((n, c) => n + c.due, 0),
        done: compliance.reduce((n, c) => n + Math.min(c.done, c.due), 0),
        behind: compliance.filter((c) => c.status === 'behind').length,
        met: compliance.filter((c) => c.status === 'met').length,
      },
      truncated: rows.length > MAX_PAIRINGS,
    };
  }

  private async belowMinimum(unitId: string, settings: LiaisonSettings) {
    const { rows } = await this.db.query<{ account_id: string; name: string; active: number }>(
      `SELECT o.account_id, o.name,
              (SELECT count(*)::int FROM liaison_pairings p WHERE p.official_id = o.account_id AND p.end_date IS NULL) AS active
       FROM liaison_officials o WHERE o.unit_id = $1 ORDER BY o.account_id LIMIT $2`,
      [unitId, MAX_PAIRINGS],
    );
    return rows
      .filter((row) => row.active < settings.minPairingsPerOfficial)
      .map((row) => ({ officialId: row.account_id, name: row.name, active: row.active }));
  }
}
