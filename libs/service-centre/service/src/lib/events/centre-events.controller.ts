import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Put,
  Req,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  cancelCentreEventBody,
  type CancelCentreEventBody,
  type CentreEventDetailView,
  centreEventDetailsBody,
  type CentreEventDetailsBody,
  type CentreEventPage,
  type CentreEventView,
  type CheckInAnswer,
  checkInBody,
  type CheckInBody,
  listCentreEventsQuery,
  type ListCentreEventsQuery,
  listRegistrationsQuery,
  type ListRegistrationsQuery,
  type RegistrationAnswer,
  type RegistrationPage,
  registerEnterpriseBody,
  type RegisterEnterpriseBody,
  type RegistrationStatusName,
} from '@qinqing/service-centre/contracts';
import {
  type CentreEventState,
  FEEDBACK_MINIMUM_GROUP,
  summariseFeedback,
  waitingList,
} from '@qinqing/service-centre/domain';
import type { Clock, IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { assertKnownDivision } from '../application/known-division';
import {
  ApiZodBody,
  ApiZodQuery,
  CLOCK,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { CentreEventCommands, drawCheckInCode } from './centre-event-commands';
import { CENTRE_EVENT_ORGANISERS, CENTRE_EVENT_READERS } from './centre-event-roles';
import {
  type CentreEventRow,
  checkedEventId,
  cursorOf,
  EVENT_COLUMNS,
  eventViewOf,
  iso,
  parseCursor,
} from './centre-event-rows';

/** The answer of a command: the event as its stream now stands (the read model may lag a moment). */
const viewOfState = (state: CentreEventState): CentreEventView => {
  if (state.status === 'absent') throw new Error('An accepted centre-event command left no event');
  const d = state.details;
  const active = state.registrations;
  return {
    eventId: state.eventId,
    kind: d.kind,
    title: d.title,
    description: d.description,
    place: d.place,
    areaCode: d.areaCode,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    capacity: d.capacity,
    audience: d.audience,
    status: state.status,
    registered: active.filter((r) => r.status === 'registered').length,
    waiting: active.filter((r) => r.status === 'waiting').length,
    attended: active.filter((r) => r.checkedIn).length,
    cancelReason: null,
  };
};

/** The registration of an enterprise in the state a command left, as the registering party sees it. */
export const registrationAnswerOf = (state: CentreEventState, creditCode: string): RegistrationAnswer => {
  if (state.status === 'absent') throw new Error('An accepted registration left no event');
  const entry = state.registrations.find((r) => r.creditCode === creditCode.toUpperCase());
  if (entry === undefined) throw new Error('An accepted registration left no registration');
  const position = waitingList(state.registrations).findIndex((r) => r.creditCode === entry.creditCode);
  return {
    eventId: state.eventId,
    creditCode: entry.creditCode,
    status: entry.status as RegistrationStatusName,
    waitingPosition: position === -1 ? null : position + 1,
    checkInCode: entry.checkInCode,
  };
};

const notFound = () =>
  new NotFoundException({
    error: 'centre-event-not-found',
    message: { zh: '该活动不存在', en: 'There is no such event' },
  });

/**
 * The centre's events (活动) at the console: service staff schedule, change, cancel and close them, register
 * enterprises by credit code and check them in by code; staff and supervisors read events, registrations and
 * the feedback summary.
 */
@ApiTags('service-centre')
@Controller('service-centre/events')
export class CentreEventsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CentreEventCommands,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(...CENTRE_EVENT_ORGANISERS)
  @ApiOperation({ summary: 'Schedule an event: kind, time, place, capacity and audience' })
  @ApiZodBody(centreEventDetailsBody)
  async schedule(
    @ZodBody(centreEventDetailsBody) body: CentreEventDetailsBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CentreEventView> {
    assertKnownDivision(body.areaCode);
    const eventId = this.ids.next();
    const result = await this.commands.handle(
      eventId,
      { type: 'ScheduleCentreEvent', eventId, details: body, by: actorId(actor) },
      commandMetadataFor(request, actor, 'schedule-centre-event'),
    );
    return viewOfState(result.state);
  }

  @Put(':eventId')
  @Allow(...CENTRE_EVENT_ORGANISERS)
  @ApiOperation({ summary: 'Change an event before it starts (a larger capacity promotes the waiting list)' })
  @ApiZodBody(centreEventDetailsBody)
  async change(
    @Param('eventId') raw: string,
    @ZodBody(centreEventDetailsBody) body: CentreEventDetailsBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CentreEventView> {
    assertKnownDivision(body.areaCode);
    const result = await this.commands.handle(
      checkedEventId(raw),
      { type: 'ChangeCentreEventDetails', details: body, by: actorId(actor) },
      commandMetadataFor(request, actor, 'change-centre-event'),
    );
    return viewOfState(result.state);
  }

  @Post(':eventId/cancel')
  @HttpCode(200)
  @Allow(...CENTRE_EVENT_ORGANISERS)
  @ApiOperation({ summary: 'Cancel an event with a reason; every registered enterprise gets a notice' })
  @ApiZodBody(cancelCentreEventBody)
  async cancel(
    @Param('eventId') raw: string,
    @ZodBody(cancelCentreEventBody) body: CancelCentreEventBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CentreEventView> {
    const result = await this.commands.handle(
      checkedEventId(raw),
      { type: 'CancelCentreEvent', reason: body.reason, by: actorId(actor) },
      commandMetadataFor(request, actor, 'cancel-centre-event'),
    );
    return { ...viewOfState(result.state), cancelReason: body.reason.trim() };
  }

  @Post(':eventId/close')
  @HttpCode(200)
  @Allow(...CENTRE_EVENT_ORGANISERS)
  @ApiOperation({ summary: 'Close an event that is over: its counts are published for the health index' })
  async close(
    @Param('eventId') raw: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CentreEventView> {
    const result = await this.commands.handle(
      checkedEventId(raw),
      { type: 'CloseCentreEvent', by: actorId(actor) },
      commandMetadataFor(request, actor, 'close-centre-event'),
    );
    return viewOfState(result.state);
  }

  @Post(':eventId/registrations')
  @HttpCode(201)
  @Allow(...CENTRE_EVENT_ORGANISERS)
  @ApiOperation({ summary: 'Register an enterprise by credit code (a place, or the waiting list)' })
  @ApiZodBody(registerEnterpriseBody)
  async register(
    @Param('eventId') raw: string,
    @ZodBody(registerEnterpriseBody) body: RegisterEnterpriseBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RegistrationAnswer> {
    const result = await this.commands.handle(
      checkedEventId(raw),
      {
        type: 'RegisterForCentreEvent',
        creditCode: body.creditCode,
        channel: 'console',
        checkInCode: drawCheckInCode(),
      },
      commandMetadataFor(request, actor, 'register-for-centre-event'),
    );
    return registrationAnswerOf(result.state, body.creditCode.trim());
  }

  @Delete(':eventId/registrations/:creditCode')
  @HttpCode(200)
  @Allow(...CENTRE_EVENT_ORGANISERS)
  @ApiOperation({
    summary: 'Withdraw an enterprise’s registration before the start (the waiting list moves up)',
  })
  async withdraw(
    @Param('eventId') raw: string,
    @Param('creditCode') creditCode: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CentreEventView> {
    const result = await this.commands.handle(
      checkedEventId(raw),
      { type: 'WithdrawCentreEventRegistration', creditCode },
      commandMetadataFor(request, actor, 'withdraw-centre-event-registration'),
    );
    return viewOfState(result.state);
  }

  @Post(':eventId/check-ins')
  @HttpCode(200)
  @Allow(...CENTRE_EVENT_ORGANISERS)
  @ApiOperation({ summary: 'Check a registration in by its code (scanned from the QR or typed), once' })
  @ApiZodBody(checkInBody)
  async checkIn(
    @Param('eventId') raw: string,
    @ZodBody(checkInBody) body: CheckInBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CheckInAnswer> {
    const result = await this.commands.handle(
      checkedEventId(raw),
      { type: 'CheckInToCentreEvent', by: { code: body.code }, channel: 'console' },
      commandMetadataFor(request, actor, 'check-in-centre-event'),
    );
    const checked = result.events[0];
    if (checked === undefined || result.state.status === 'absent')
      throw new Error('A check-in left no event');
    const { creditCode, checkedInAt } = checked.data as { creditCode: string; checkedInAt: string };
    const entry = result.state.registrations.find((r) => r.creditCode === creditCode);
    return {
      eventId: result.state.eventId,
      creditCode,
      enterpriseName: entry?.enterpriseName ?? creditCode,
      checkedInAt,
    };
  }

  @Get()
  @Allow(...CENTRE_EVENT_READERS)
  @ApiOperation({ summary: 'A page of events: upcoming (by start) or past (latest first)' })
  @ApiZodQuery(listCentreEventsQuery)
  async list(@ZodQuery(listCentreEventsQuery) query: ListCentreEventsQuery): Promise<CentreEventPage> {
    const now = this.clock.now().toISOString();
    const cursor = parseCursor(query.after);
    const upcoming = query.scope === 'upcoming';
    const { rows } = await this.db.query<CentreEventRow>(
      upcoming
        ? `SELECT ${EVENT_COLUMNS} FROM service_centre_events e
           WHERE e.ends_at >= $1 AND (e.starts_at, e.event_id) > ($2::timestamptz, $3)
           ORDER BY e.starts_at, e.event_id LIMIT $4`
        : `SELECT ${EVENT_COLUMNS} FROM service_centre_events e
           WHERE e.ends_at < $1 AND (e.starts_at, e.event_id) < ($2::timestamptz, $3)
           ORDER BY e.starts_at DESC, e.event_id DESC LIMIT $4`,
      [
        now,
        cursor?.startsAt ?? (upcoming ? '1970-01-01T00:00:00.000Z' : '9999-12-31T00:00:00.000Z'),
        cursor?.eventId ?? '',
        query.limit + 1,
      ],
    );
    const items = rows.slice(0, query.limit).map(eventViewOf);
    const last = items.at(-1);
    return {
      items,
      next: rows.length > query.limit && last !== undefined ? cursorOf(last.startsAt, last.eventId) : null,
    };
  }

  @Get(':eventId')
  @Allow(...CENTRE_EVENT_READERS)
  @ApiOperation({
    summary:
      'One event with its counts and the feedback summary (ratings, comments, no names; from three answers on, once the event is closed)',
  })
  async one(@Param('eventId') raw: string): Promise<CentreEventDetailView> {
    const eventId = checkedEventId(raw);
    const { rows } = await this.db.query<CentreEventRow>(
      `SELECT ${EVENT_COLUMNS} FROM service_centre_events e WHERE e.event_id = $1`,
      [eventId],
    );
    const row = rows[0];
    if (row === undefined) throw notFound();
    // Bounded: an event's registrations are at most capacity × 2 + the waiting list (CENTRE_EVENT_LIMITS).
    const given = await this.db.query<{ rating: number; comment: string | null }>(
      `SELECT rating, comment FROM service_centre_event_registrations
       WHERE event_id = $1 AND rating IS NOT NULL LIMIT 1100`,
      [eventId],
    );
    // A scheduled event still takes feedback; a closed or cancelled one never again.
    const feedback = summariseFeedback(given.rows, row.status === 'scheduled');
    return { ...eventViewOf(row), feedback: { ...feedback, minimumGroup: FEEDBACK_MINIMUM_GROUP } };
  }

  @Get(':eventId/registrations')
  @Allow(...CENTRE_EVENT_READERS)
  @ApiOperation({ summary: 'A page of an event’s registrations in order, the waiting list included' })
  @ApiZodQuery(listRegistrationsQuery)
  async registrations(
    @Param('eventId') raw: string,
    @ZodQuery(listRegistrationsQuery) query: ListRegistrationsQuery,
  ): Promise<RegistrationPage> {
    const eventId = checkedEventId(raw);
    const { rows } = await this.db.query<{
      seq: number;
      credit_code: string;
      enterprise_name: string;
      status: string;
      channel: string;
      registered_at: Date | string;
      checked_in_at: Date | string | null;
    }>(
      // Never the rating: a mark next to an enterprise's name is no anonymous feedback.
      `SELECT seq, credit_code, enterprise_name, status, channel, registered_at, checked_in_at
       FROM service_centre_event_registrations WHERE event_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [eventId, query.after ?? 0, query.limit + 1],
    );
    const items = rows.slice(0, query.limit).map((r) => ({
      seq: r.seq,
      creditCode: r.credit_code,
      enterpriseName: r.enterprise_name,
      status: r.status as RegistrationStatusName,
      channel: r.channel as 'kiosk' | 'console',
      registeredAt: iso(r.registered_at),
      checkedInAt: r.checked_in_at === null ? null : iso(r.checked_in_at),
    }));
    return { items, next: rows.length > query.limit ? (items.at(-1)?.seq ?? null) : null };
  }
}
