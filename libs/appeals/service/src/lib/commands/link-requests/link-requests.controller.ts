import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { duplicateBody, jointMeetingBody, jointMeetingOutcomeBody } from '@qinqing/appeals/contracts';
import { Allow, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { CalendarDate } from '@qinqing/calendar/domain';
import type { Request } from 'express';
import type { z } from 'zod';
import { asUnitStaff } from '../../application/request-actor.guards';
import { RequestCommandRunner, type RequestCommandResponse } from '../../application/request-command.runner';
import { RequestCommandsService } from '../../application/request-commands.service';
import { RequestIdParam } from '../../application/request-id.param';

/** Duplicates link to an original; related requests gather for a joint meeting (联席会议, K 四(3)). */
@ApiTags('appeals')
@Controller('appeals/requests/:requestId')
export class LinkRequestsController {
  constructor(
    private readonly runner: RequestCommandRunner,
    private readonly requests: RequestCommandsService,
  ) {}

  @Post('duplicate-of')
  @HttpCode(200)
  @Allow('service-staff', 'department-handler')
  @ApiOperation({ summary: 'Mark as a duplicate of another request (closes this one)' })
  @ApiZodBody(duplicateBody)
  async duplicate(
    @RequestIdParam() requestId: string,
    @ZodBody(duplicateBody) body: z.infer<typeof duplicateBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    // The decider checks the original (exists, same enterprise, open, not a duplicate) from these facts.
    const original = await this.requests.originalFacts(body.originalRequestId);
    return this.runner.run(requestId, actor, request, 'duplicate', (by) => ({
      type: 'MarkDuplicate',
      originalRequestId: body.originalRequestId,
      original,
      by: asUnitStaff(by),
    }));
  }

  @Post('joint-meetings')
  @HttpCode(200)
  @Allow('service-staff', 'department-handler')
  @ApiOperation({ summary: 'Group the request for a joint meeting' })
  @ApiZodBody(jointMeetingBody)
  group(
    @RequestIdParam() requestId: string,
    @ZodBody(jointMeetingBody) body: z.infer<typeof jointMeetingBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, `joint-meeting:${body.meetingId}`, (by) => ({
      type: 'GroupForJointMeeting',
      meetingId: body.meetingId,
      meetingTitle: body.meetingTitle,
      // Checked by the decider (a bilingual 400 on `scheduledOn`): parsing here would throw a 500 on e.g. year 0.
      scheduledOn: body.scheduledOn as CalendarDate,
      by: asUnitStaff(by),
    }));
  }

  @Post('joint-meetings/outcome')
  @HttpCode(200)
  @Allow('service-staff', 'department-handler')
  @ApiOperation({ summary: "Record a joint meeting's outcome on the request" })
  @ApiZodBody(jointMeetingOutcomeBody)
  outcome(
    @RequestIdParam() requestId: string,
    @ZodBody(jointMeetingOutcomeBody) body: z.infer<typeof jointMeetingOutcomeBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    return this.runner.run(requestId, actor, request, `joint-meeting-outcome:${body.meetingId}`, (by) => ({
      type: 'RecordJointMeetingOutcome',
      meetingId: body.meetingId,
      outcome: body.outcome,
      by: asUnitStaff(by),
    }));
  }
}
