import { Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { listQuery, logVisitBody, type LogVisitBody } from '@qinqing/liaison/contracts';
import { type ConductBreach, type VisitLogged, visitDecider, visitStreamId } from '@qinqing/liaison/domain';
import { maskPhone } from '@qinqing/shared/chinese-ids';
import type { CommandHandler, EventStore, IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  ApiZodQuery,
  COMMAND_HANDLER,
  EVENT_STORE,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { z } from 'zod';
import { checkedId, isOfficial, notFound, staffIdOf } from '../application/liaison-access';
import { PairingRegisterService } from '../application/pairing-register.service';
import { readVisit } from '../application/visit-reader';
import type { ProblemAnswer } from '../consumers/visit-problem-outcomes.consumer';

export interface ProblemView {
  readonly problemId: string;
  readonly title: string;
  readonly description: string;
  /** The request appeals opened for it (null until appeals' event came back). */
  readonly requestId: string | null;
  /** `raised` until appeals answers; then the request's state (submitted … resolved, rated). */
  readonly state: string;
  /** The request's answer once given (its words in `text`); null before, and again after a reopening. */
  readonly answer: ProblemAnswer | null;
  readonly rating: string | null;
}

export interface VisitView {
  readonly visitId: string;
  readonly pairingId: string;
  readonly officialId: string;
  readonly officialUnitId: string;
  readonly enterprise: { readonly creditCode: string; readonly name: string };
  readonly date: string;
  readonly form: string;
  readonly participants: readonly string[];
  readonly learned: string;
  readonly contact: { readonly name: string; readonly phone: string } | null;
  readonly conduct: VisitLogged['data']['conduct'];
  readonly breaches: readonly ConductBreach[];
  readonly problems: readonly ProblemView[];
  readonly loggedAt: string;
}

interface StateRow {
  problem_id: string;
  request_id: string;
  state: string;
  answer: ProblemAnswer | null;
  rating: string | null;
}

interface VisitRow {
  visit_id: string;
  pairing_id: string;
  enterprise_name: string;
  visit_date: string;
  form: string;
  problem_count: number;
  breaches: string[];
}

const VISIT = { zh: '走访记录', en: 'visit' };
const visitsQuery = listQuery.extend({ pairingId: z.string().max(100) });

/**
 * Visits (走访): logged by the paired official on a phone; each problem raised goes to appeals as an enterprise
 * request, and its state and answer come back. A declared conduct breach goes to the discipline inspectors.
 */
@ApiTags('liaison')
@Controller('liaison/visits')
export class VisitsController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly register: PairingRegisterService,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('leading-official')
  @ApiOperation({
    summary:
      'Log a visit on one’s own active pairing, with the conduct declaration. Send an Idempotency-Key.',
  })
  @ApiZodBody(logVisitBody)
  async log(
    @ZodBody(logVisitBody) body: LogVisitBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<VisitView> {
    const by = staffIdOf(actor);
    const pairing = await this.register.pairing(body.pairingId);
    // Someone else's pairing is not disclosed: 404 as for no pairing at all.
    if (pairing === null || pairing.officialId !== by) throw notFound({ zh: '结对', en: 'pairing' });
    const visitId = this.ids.next();
    const result = await this.commands.handle(
      visitDecider,
      visitStreamId(visitId),
      {
        type: 'LogVisit',
        visitId,
        pairing,
        by,
        date: body.date,
        form: body.form,
        participants: body.participants,
        learned: body.learned,
        // Each problem gets a UUID now: appeals opens its request under that id.
        problems: body.problems.map((problem) => ({ problemId: this.ids.next(), ...problem })),
        contact: body.contact ?? null,
        conduct: body.conduct,
      },
      commandMetadataFor(request, actor, `log-visit:${by}`),
    );
    const logged = result.events.find((e) => e.type === 'VisitLogged');
    if (logged === undefined) throw new Error('A logged visit records VisitLogged');
    return this.view(logged.data as VisitLogged['data'], actor);
  }

  @Get()
  @Allow('leading-official', 'supervisor', 'administrator')
  @ApiOperation({ summary: 'The visits of one pairing, latest first, a page at a time' })
  @ApiZodQuery(visitsQuery)
  async list(@ZodQuery(visitsQuery) query: z.infer<typeof visitsQuery>, @CurrentActor() actor: Actor) {
    const pairingId = checkedId(query.pairingId, 'pairingId');
    if (isOfficial(actor)) {
      const pairing = await this.register.pairing(pairingId);
      if (pairing === null || pairing.officialId !== staffIdOf(actor))
        throw notFound({ zh: '结对', en: 'pairing' });
    }
    const { limit } = query;
    const after = query.after === undefined ? null : checkedId(query.after, 'after');
    const { rows } = await this.db.query<VisitRow>(
      `SELECT visit_id, pairing_id, enterprise_name, to_char(visit_date, 'YYYY-MM-DD') AS visit_date, form,
              problem_count, breaches
       FROM liaison_visits WHERE pairing_id = $1 AND ($2::text IS NULL OR visit_id < $2)
       ORDER BY pairing_id, visit_id DESC LIMIT $3`,
      [pairingId, after, limit + 1],
    );
    const items = rows.slice(0, limit).map((row) => ({
      visitId: row.visit_id,
      pairingId: row.pairing_id,
      enterpriseName: row.enterprise_name,
      date: row.visit_date,
      form: row.form,
      problemCount: row.problem_count,
      breaches: row.breaches,
    }));
    return { items, nextCursor: rows.length > limit ? (items.at(-1)?.visitId ?? null) : null };
  }

  @Get(':visitId')
  @Allow('leading-official', 'supervisor', 'administrator', 'discipline-inspector')
  @ApiOperation({
    summary:
      'One visit with each problem’s request state and answer (an official: own visits; a discipline inspector: visits with a declared breach)',
  })
  async one(@Param('visitId') visitId: string, @CurrentActor() actor: Actor): Promise<VisitView> {
    checkedId(visitId, 'visitId');
    const visit = await readVisit(this.store, visitId);
    if (visit === null) throw notFound(VISIT);
    if (isOfficial(actor) && visit.officialId !== staffIdOf(actor)) throw notFound(VISIT);
    if (actor.kind === 'staff' && actor.role === 'discipline-inspector' && visit.breaches.length === 0) {
      throw notFound(VISIT);
    }
    return this.view(visit, actor);
  }

  private async view(visit: VisitLogged['data'], actor: Actor): Promise<VisitView> {
    const { rows } = await this.db.query<StateRow>(
      'SELECT problem_id, request_id, state, answer, rating FROM liaison_visit_problem_states WHERE problem_id = ANY($1::text[])',
      [visit.problems.map((p) => p.problemId)],
    );
    const states = new Map(rows.map((row) => [row.problem_id, row]));
    // The enterprise contact's phone is for whoever answers them: the official who took it down sees it.
    const own = actor.kind === 'staff' && actor.id === visit.officialId;
    return {
      visitId: visit.visitId,
      pairingId: visit.pairingId,
      officialId: visit.officialId,
      officialUnitId: visit.officialUnitId,
      enterprise: visit.enterprise,
      date: visit.date,
      form: visit.form,
      participants: visit.participants,
      learned: visit.learned,
      contact:
        visit.contact === null
          ? null
          : { name: visit.contact.name, phone: own ? visit.contact.phone : maskPhone(visit.contact.phone) },
      conduct: visit.conduct,
      breaches: visit.breaches,
      problems: visit.problems.map((problem) => {
        const row = states.get(problem.problemId);
        return {
          ...problem,
          requestId: row?.request_id ?? null,
          state: row?.state ?? 'raised',
          answer: row?.answer ?? null,
          rating: row?.rating ?? null,
        };
      }),
      loggedAt: visit.loggedAt,
    };
  }
}
