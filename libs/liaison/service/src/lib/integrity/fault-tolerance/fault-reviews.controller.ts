import { Controller, Get, HttpCode, Inject, NotFoundException, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  actorId,
  Allow,
  commandMetadataFor,
  CurrentActor,
  requireStaffActor,
} from '@qinqing/identity/access';
import {
  filingListQuery,
  type FilingListQuery,
  recordFaultReviewBody,
  type RecordFaultReviewBody,
} from '@qinqing/liaison/contracts';
import {
  classificationOf,
  faultReviewStreamId,
  faultToleranceReviewDecider,
  type FaultToleranceReviewRecorded,
} from '@qinqing/liaison/domain';
import type { CommandHandler, IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  COMMAND_HANDLER,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';
import type { Request } from 'express';
import { accountIdParam, PathParams, uuidParam } from '../params';

const OVERSIGHT = ['supervisor', 'discipline-inspector', 'administrator'] as const;
const reviewIdParam = uuidParam('reviewId', '审查编号', 'review id');

type Review = FaultToleranceReviewRecorded['data'] & { readonly classification: LocalizedMessage };
interface ReviewPage {
  readonly items: readonly Review[];
  readonly next: string | null;
}

const notFound = () =>
  new NotFoundException({
    error: 'fault-review-not-found',
    message: { zh: '没有这项审查', en: 'There is no such review' },
  });

const withClassification = (review: FaultToleranceReviewRecorded['data']): Review => ({
  ...review,
  classification: classificationOf(review.distinction, review.finding),
});

/** 容错纠错 reviews: recorded by a supervisor or discipline inspector; the official sees their own. */
@ApiTags('liaison integrity')
@Controller('liaison')
export class FaultReviewsController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('fault-tolerance-reviews')
  @Allow('supervisor', 'discipline-inspector')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a documented review classifying an official’s error (三个区分开来)' })
  @ApiZodBody(recordFaultReviewBody)
  async record(
    @ZodBody(recordFaultReviewBody) body: RecordFaultReviewBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly reviewId: string }> {
    const staff = requireStaffActor(actor);
    const reviewId = this.ids.next();
    await this.commands.handle(
      faultToleranceReviewDecider,
      faultReviewStreamId(reviewId),
      {
        type: 'RecordFaultToleranceReview',
        reviewId,
        ...body,
        reviewedBy: staff.id,
        reviewerRole: staff.role === 'supervisor' ? 'supervisor' : 'discipline-inspector',
      },
      commandMetadataFor(request, actor, 'record-fault-review'),
    );
    return { reviewId };
  }

  private async page(officialId: string, query: FilingListQuery): Promise<ReviewPage> {
    const cursor =
      query.after === undefined ? null : Buffer.from(query.after, 'base64url').toString('utf8').split('|');
    const valid = cursor !== null && cursor.length === 2;
    const { rows } = await this.db.query<{ review: unknown; recorded_at: string; review_id: string }>(
      `SELECT review, recorded_at, review_id FROM liaison_fault_reviews WHERE official_id = $1
         ${valid ? 'AND (recorded_at, review_id) < ($3, $4)' : ''}
       ORDER BY recorded_at DESC, review_id DESC LIMIT $2`,
      valid ? [officialId, query.limit + 1, ...cursor] : [officialId, query.limit + 1],
    );
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map((r) =>
        withClassification(
          (typeof r.review === 'string'
            ? JSON.parse(r.review)
            : r.review) as FaultToleranceReviewRecorded['data'],
        ),
      ),
      next:
        rows.length > query.limit && last !== undefined
          ? Buffer.from(`${last.recorded_at}|${last.review_id}`).toString('base64url')
          : null,
    };
  }

  @Get('fault-tolerance-reviews/mine')
  @Allow('leading-official')
  @ApiOperation({ summary: 'The reviews of my errors, newest first' })
  mine(@ZodQuery(filingListQuery) query: FilingListQuery, @CurrentActor() actor: Actor): Promise<ReviewPage> {
    return this.page(actorId(actor), query);
  }

  @Get('officials/:accountId/fault-tolerance-reviews')
  @Allow(...OVERSIGHT)
  @ApiOperation({ summary: 'The reviews of an official, newest first' })
  ofOfficial(
    @PathParams(accountIdParam) { accountId }: { accountId: string },
    @ZodQuery(filingListQuery) query: FilingListQuery,
  ): Promise<ReviewPage> {
    return this.page(accountId, query);
  }

  @Get('fault-tolerance-reviews/:reviewId')
  @Allow('leading-official', ...OVERSIGHT)
  @ApiOperation({ summary: 'One review: its official and oversight see it; others get a 404' })
  async one(
    @PathParams(reviewIdParam) { reviewId }: { reviewId: string },
    @CurrentActor() actor: Actor,
  ): Promise<Review> {
    const staff = requireStaffActor(actor);
    const { rows } = await this.db.query<{ review: unknown }>(
      'SELECT review FROM liaison_fault_reviews WHERE review_id = $1',
      [reviewId],
    );
    const row = rows[0];
    if (row === undefined) throw notFound();
    const review = (
      typeof row.review === 'string' ? JSON.parse(row.review) : row.review
    ) as FaultToleranceReviewRecorded['data'];
    if (staff.role === 'leading-official' && review.officialId !== staff.id) throw notFound();
    return withClassification(review);
  }
}
