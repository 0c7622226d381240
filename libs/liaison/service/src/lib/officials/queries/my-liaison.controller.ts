import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  Allow,
  CurrentActor,
  findOrganisationUnits,
  requireIdentifiedEnterprise,
} from '@qinqing/identity/access';
import { MY_LIAISON_VISITS, type MyLiaisonProblemView, type MyLiaisonView } from '@qinqing/liaison/contracts';
import type { EventStore, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { EVENT_STORE, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { findEnterprise } from '../../queries/directory/directory.query';
import { readVisit } from '../application/visit-reader';

interface OfficialRow {
  name: string;
  unit_id: string;
  office_channel: string | null;
  start_date: string;
}

interface AnswerJson {
  kind?: unknown;
  at?: unknown;
  text?: unknown;
}

const answerOf = (raw: unknown): MyLiaisonProblemView['answer'] => {
  if (raw === null || typeof raw !== 'object') return null;
  const answer = raw as AnswerJson;
  return {
    kind: String(answer.kind ?? ''),
    at: typeof answer.at === 'string' ? answer.at : null,
    text: typeof answer.text === 'string' ? answer.text : null,
  };
};

/**
 * 我的联系领导 at the kiosk: an identified walk-in (credit code and the code sent to its registered phone) sees its
 * own enterprise's liaison officials and the problems their visits raised, with each one's state and answer.
 * Reads are bounded: the enterprise's active pairings (a few), its latest visits that raised problems (at most
 * MY_LIAISON_VISITS, by the enterprise-and-date index) and those visits' streams.
 */
@ApiTags('liaison')
@Controller('liaison/my-liaison')
export class MyLiaisonController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Allow('kiosk-enterprise')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'The identified enterprise’s liaison officials and the problems raised at their visits, with answers',
  })
  async mine(@CurrentActor() actor: Actor): Promise<MyLiaisonView> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const [enterprise, officials, visits] = await Promise.all([
      findEnterprise(this.db, creditCode),
      this.db.query<OfficialRow>(
        `SELECT o.name, o.unit_id, o.office_channel, p.start_date::text AS start_date
           FROM liaison_pairings p JOIN liaison_officials o ON o.account_id = p.official_id
          WHERE p.credit_code = $1 AND p.end_date IS NULL
          ORDER BY p.start_date, p.pairing_id`,
        [creditCode],
      ),
      this.db.query<{ visit_id: string }>(
        `SELECT visit_id FROM liaison_visits
          WHERE credit_code = $1 AND problem_count > 0
          ORDER BY visit_date DESC, visit_id DESC LIMIT ${MY_LIAISON_VISITS}`,
        [creditCode],
      ),
    ]);
    const units = await findOrganisationUnits(this.db, [
      ...new Set(officials.rows.map((row) => row.unit_id)),
    ]);
    return {
      enterprise: { creditCode, name: enterprise?.name ?? null },
      officials: officials.rows.map((row) => ({
        name: row.name,
        unit: units.get(row.unit_id)?.name ?? null,
        officeChannel: row.office_channel,
        since: row.start_date,
      })),
      problems: await this.problemsOf(visits.rows.map((row) => row.visit_id)),
    };
  }

  private async problemsOf(visitIds: readonly string[]): Promise<MyLiaisonProblemView[]> {
    const visits = (await Promise.all(visitIds.map((id) => readVisit(this.store, id)))).flatMap((visit) =>
      visit === null ? [] : [visit],
    );
    const problemIds = visits.flatMap((visit) => visit.problems.map((problem) => problem.problemId));
    const { rows } = await this.db.query<{ problem_id: string; state: string; answer: unknown }>(
      'SELECT problem_id, state, answer FROM liaison_visit_problem_states WHERE problem_id = ANY($1::text[])',
      [problemIds],
    );
    const states = new Map(rows.map((row) => [row.problem_id, row]));
    return visits.flatMap((visit) =>
      visit.problems.map((problem) => {
        const row = states.get(problem.problemId);
        return {
          problemId: problem.problemId,
          visitDate: visit.date,
          visitForm: visit.form,
          title: problem.title,
          description: problem.description,
          state: row?.state ?? 'raised',
          answer: answerOf(row?.answer ?? null),
        };
      }),
    );
  }
}
