import { Controller, ForbiddenException, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { submitRequestBody } from '@qinqing/appeals/contracts';
import {
  CLOCK_KINDS,
  type ClockKind,
  type DueDatesMarkedProvisional,
  type ProvisionalDueDates,
  requestIdOfStream,
  type RequestSubmitted,
} from '@qinqing/appeals/domain';
import type { IdGenerator } from '@qinqing/shared/event-sourcing';
import { Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodBody, ID_GENERATOR, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { newReceiptCode } from '../../application/receipt-code';
import { idempotencyScopeOf, toRequestActor } from '../../application/request-actor';
import { RequestCommandsService } from '../../application/request-commands.service';
import { provisionalYearsOf } from '../../queries/request-detail/request-views.mapper';

export interface SubmitRequestResponse {
  readonly requestId: string;
  readonly receiptCode: string;
  readonly status: string;
  /** What the receipt prints: the subject and the filing time (ISO-8601). */
  readonly title: string;
  readonly submittedAt: string;
  readonly dues: RequestSubmitted['data']['dues'];
  /** Day 0 of the clocks, and the rule that made it so, in words for the receipt. */
  readonly receivedOn: string;
  readonly countingRule: { readonly zh: string; readonly en: string };
  /** Clocks whose due date is provisional (暂定): a year it runs through has no loaded holiday notice. */
  readonly provisionalDues: readonly ClockKind[];
  /** The years those provisional dates wait for. */
  readonly provisionalYears: readonly number[];
  readonly replayed: boolean;
}

const by = (actor: Actor) => {
  const requestActor = toRequestActor(actor);
  if (requestActor === null) throw noCentre();
  return requestActor;
};

const noCentre = () =>
  new ForbiddenException({
    error: 'no-centre',
    message: { zh: '您的账号未关联服务中心，不能受理诉求', en: 'Your account belongs to no service centre' },
  });

/**
 * The counting rule printed on the receipt (issue 11 item 8): which day is day 0 and why, in words.
 */
const countingRuleOf = (submittedOn: string, receivedOn: string | undefined) =>
  receivedOn === undefined || receivedOn === submittedOn
    ? {
        zh: `受理日为 ${submittedOn}（第0日），各项时限自次一工作日起按工作日计算`,
        en: `Received on ${submittedOn} (day 0); every limit counts in working days from the next working day`,
      }
    : {
        zh: `于 ${submittedOn} 下班后或非工作日提交，顺延至 ${receivedOn} 受理（第0日），各项时限自次一工作日起按工作日计算`,
        en: `Filed on ${submittedOn} after office hours or on a day off, so received on ${receivedOn} (day 0); every limit counts in working days from the next working day`,
      };

/** Intake (首问负责): a walk-in at a kiosk, or staff on behalf of a walk-in or caller. */
@ApiTags('appeals')
@Controller('appeals/requests')
export class SubmitRequestController {
  constructor(
    private readonly requests: RequestCommandsService,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('kiosk-enterprise', 'service-staff')
  @ApiOperation({
    summary: 'File an enterprise request (企业诉求). Send an Idempotency-Key header to make retries safe.',
  })
  @ApiZodBody(submitRequestBody)
  async submit(
    @ZodBody(submitRequestBody) body: z.infer<typeof submitRequestBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<SubmitRequestResponse> {
    const atKiosk = actor.kind === 'kiosk-enterprise';
    const centreId =
      actor.kind === 'kiosk-enterprise' || actor.kind === 'staff' ? (actor.centreId ?? null) : null;
    if (centreId === null) throw noCentre();
    const requestId = this.ids.next();
    const result = await this.requests.executeNew(
      requestId,
      {
        type: 'SubmitRequest',
        requestId,
        receiptCode: newReceiptCode(),
        enterprise: body.enterprise,
        contact: body.contact,
        category: body.category,
        priority: body.priority,
        title: body.title,
        description: body.description,
        channel: atKiosk ? 'kiosk' : (body.channel ?? 'staff-walk-in'),
        receivingUnitId: centreId,
        // A walk-in files as the enterprise it names; staff file as their centre.
        by: atKiosk ? { kind: 'enterprise', creditCode: body.enterprise.creditCode } : by(actor),
      },
      commandMetadataFor(request, actor, `submit-request:${idempotencyScopeOf(actor)}`),
    );
    // On a replayed Idempotency-Key the first submission's request is returned, not the id made just now.
    const submitted = result.events[0] as { data: RequestSubmitted['data'] } | undefined;
    if (submitted === undefined) throw new Error('A submission always records RequestSubmitted');
    const marked = result.events.find((event) => event.type === 'DueDatesMarkedProvisional');
    const marks: ProvisionalDueDates =
      (marked?.data as DueDatesMarkedProvisional['data'] | undefined)?.dueDates ?? {};
    return {
      requestId: requestIdOfStream(result.streamId) ?? requestId,
      receiptCode: submitted.data.receiptCode,
      status: result.state.status,
      title: submitted.data.title,
      submittedAt: submitted.data.submittedAt,
      dues: submitted.data.dues,
      receivedOn: submitted.data.receivedOn ?? submitted.data.submittedOn,
      countingRule: countingRuleOf(submitted.data.submittedOn, submitted.data.receivedOn),
      provisionalDues: CLOCK_KINDS.filter((kind) => marks[kind] !== undefined),
      provisionalYears: provisionalYearsOf(marks),
      replayed: result.replayed,
    };
  }
}
