import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  Allow,
  commandMetadataFor,
  CurrentActor,
  requireIdentifiedEnterprise,
} from '@qinqing/identity/access';
import {
  type CentreEventView,
  feedbackBody,
  type FeedbackBody,
  type KioskEventPage,
  listMyRegistrationsQuery,
  type ListMyRegistrationsQuery,
  type MyRegistrationPage,
  type RegistrationAnswer,
  type RegistrationStatusName,
} from '@qinqing/service-centre/contracts';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  ApiZodQuery,
  CLOCK,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { AUDIENCE_DIRECTORY, type AudienceDirectory } from './audience-directory';
import { CentreEventCommands, drawCheckInCode } from './centre-event-commands';
import {
  type CentreEventRow,
  checkedEventId,
  cursorOf,
  EVENT_COLUMNS,
  eventViewOf,
  iso,
  parseCursor,
} from './centre-event-rows';
import { registrationAnswerOf } from './centre-events.controller';

interface MyRow extends CentreEventRow {
  readonly my_status: string | null;
  readonly check_in_code: string | null;
  readonly checked_in_at: Date | string | null;
  readonly rating: number | null;
}

/**
 * The centre's events at the kiosk, for the identified enterprise only (its credit code is the session's, never
 * the request's): upcoming events of its audience, register and withdraw, "my registrations" with the check-in
 * code, check in at the kiosk, and rate an event it attended.
 */
@ApiTags('service-centre')
@Controller('service-centre/kiosk')
export class KioskEventsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUDIENCE_DIRECTORY) private readonly directory: AudienceDirectory,
    private readonly commands: CentreEventCommands,
  ) {}

  @Get('events')
  @Allow('kiosk-enterprise')
  @ApiOperation({ summary: 'Upcoming events open for registration whose audience takes this enterprise' })
  @ApiZodQuery(listMyRegistrationsQuery)
  async upcoming(
    @ZodQuery(listMyRegistrationsQuery) query: ListMyRegistrationsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<KioskEventPage> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const facts = await this.directory.factsOf(creditCode);
    const cursor = parseCursor(query.after);
    // The audience test of inAudience (centre-event.values.ts) in SQL; an unknown enterprise sees open events.
    const { rows } = await this.db.query<MyRow>(
      `SELECT ${EVENT_COLUMNS}, r.status AS my_status, NULL AS check_in_code, NULL AS checked_in_at,
         NULL AS rating
       FROM service_centre_events e
       LEFT JOIN service_centre_event_registrations r ON r.event_id = e.event_id AND r.credit_code = $1
       WHERE e.status = 'scheduled' AND e.starts_at > $2 AND (e.starts_at, e.event_id) > ($3::timestamptz, $4)
         AND (cardinality(e.industries) = 0
              OR EXISTS (SELECT 1 FROM unnest(e.industries) p WHERE $5::text LIKE p || '%'))
         AND (cardinality(e.area_prefixes) = 0
              OR EXISTS (SELECT 1 FROM unnest(e.area_prefixes) p WHERE $6::text LIKE p || '%'))
         AND (cardinality(e.sizes) = 0 OR $7::text = ANY (e.sizes))
       ORDER BY e.starts_at, e.event_id LIMIT $8`,
      [
        creditCode,
        this.clock.now().toISOString(),
        cursor?.startsAt ?? '1970-01-01T00:00:00.000Z',
        cursor?.eventId ?? '',
        facts?.industry.toUpperCase() ?? null,
        facts?.areaCode ?? null,
        facts?.size ?? null,
        query.limit + 1,
      ],
    );
    const items = rows.slice(0, query.limit).map((row) => ({
      ...eventViewOf(row),
      myStatus: row.my_status as RegistrationStatusName | null,
    }));
    const last = items.at(-1);
    return {
      items,
      next: rows.length > query.limit && last !== undefined ? cursorOf(last.startsAt, last.eventId) : null,
    };
  }

  @Post('events/:eventId/registration')
  @HttpCode(201)
  @Allow('kiosk-enterprise')
  @ApiOperation({ summary: 'Register the identified enterprise (a place, or the waiting list)' })
  async register(
    @Param('eventId') raw: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RegistrationAnswer> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const result = await this.commands.handle(
      checkedEventId(raw),
      { type: 'RegisterForCentreEvent', creditCode, channel: 'kiosk', checkInCode: drawCheckInCode() },
      commandMetadataFor(request, actor, 'register-for-centre-event'),
    );
    return registrationAnswerOf(result.state, creditCode);
  }

  @Delete('events/:eventId/registration')
  @HttpCode(200)
  @Allow('kiosk-enterprise')
  @ApiOperation({ summary: 'Withdraw the identified enterprise’s registration before the start' })
  async withdraw(
    @Param('eventId') raw: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly eventId: string; readonly status: 'withdrawn' }> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const eventId = checkedEventId(raw);
    await this.commands.handle(
      eventId,
      { type: 'WithdrawCentreEventRegistration', creditCode },
      commandMetadataFor(request, actor, 'withdraw-centre-event-registration'),
    );
    return { eventId, status: 'withdrawn' };
  }

  @Post('events/:eventId/check-in')
  @HttpCode(200)
  @Allow('kiosk-enterprise')
  @ApiOperation({
    summary: 'Check the identified enterprise in at the kiosk (from two hours before the start)',
  })
  async checkIn(
    @Param('eventId') raw: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly eventId: string; readonly checkedInAt: string }> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const eventId = checkedEventId(raw);
    const result = await this.commands.handle(
      eventId,
      { type: 'CheckInToCentreEvent', by: { creditCode }, channel: 'kiosk' },
      commandMetadataFor(request, actor, 'check-in-centre-event'),
    );
    const checked = result.events[0]?.data as { checkedInAt?: string } | undefined;
    return { eventId, checkedInAt: checked?.checkedInAt ?? this.clock.now().toISOString() };
  }

  @Post('events/:eventId/feedback')
  @HttpCode(201)
  @Allow('kiosk-enterprise')
  @ApiOperation({ summary: 'Rate an attended event once: 1–5 and an optional comment' })
  @ApiZodBody(feedbackBody)
  async feedback(
    @Param('eventId') raw: string,
    @ZodBody(feedbackBody) body: FeedbackBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly eventId: string; readonly rating: number }> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const eventId = checkedEventId(raw);
    const result = await this.commands.handle(
      eventId,
      { type: 'GiveCentreEventFeedback', creditCode, rating: body.rating, comment: body.comment },
      commandMetadataFor(request, actor, 'give-centre-event-feedback'),
    );
    const given = result.events[0]?.data as { rating?: number } | undefined;
    return { eventId, rating: given?.rating ?? Number(body.rating) };
  }

  @Get('my-registrations')
  @Allow('kiosk-enterprise')
  @ApiOperation({ summary: 'My registrations (我的报名): status, check-in code, a cancellation’s reason' })
  @ApiZodQuery(listMyRegistrationsQuery)
  async mine(
    @ZodQuery(listMyRegistrationsQuery) query: ListMyRegistrationsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<MyRegistrationPage> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const cursor = parseCursor(query.after);
    const { rows } = await this.db.query<MyRow>(
      `SELECT ${EVENT_COLUMNS}, r.status AS my_status, r.check_in_code, r.checked_in_at, r.rating
       FROM service_centre_event_registrations r JOIN service_centre_events e ON e.event_id = r.event_id
       WHERE r.credit_code = $1 AND (r.starts_at, r.event_id) < ($2::timestamptz, $3)
       ORDER BY r.starts_at DESC, r.event_id DESC LIMIT $4`,
      [creditCode, cursor?.startsAt ?? '9999-12-31T00:00:00.000Z', cursor?.eventId ?? '', query.limit + 1],
    );
    const items = rows.slice(0, query.limit).map((row) => {
      const event: CentreEventView = eventViewOf(row);
      const status = (row.my_status ?? 'withdrawn') as RegistrationStatusName;
      return {
        event,
        status,
        // A code is of use while it may still check in: not once withdrawn, cancelled or closed.
        checkInCode: status === 'withdrawn' || event.status !== 'scheduled' ? null : row.check_in_code,
        checkedInAt: row.checked_in_at === null ? null : iso(row.checked_in_at),
        rating: row.rating,
        mayGiveFeedback: event.status === 'scheduled' && row.checked_in_at !== null && row.rating === null,
      };
    });
    const last = items.at(-1);
    return {
      items,
      next:
        rows.length > query.limit && last !== undefined
          ? cursorOf(last.event.startsAt, last.event.eventId)
          : null,
    };
  }
}
