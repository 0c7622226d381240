import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type PledgeList,
  pledgesQuery,
  type PledgesQuery,
  type PledgeTextView,
} from '@qinqing/credit/contracts';
import { CURRENT_PLEDGE_TEXT } from '@qinqing/credit/domain';
import {
  type Actor,
  Allow,
  CurrentActor,
  Public,
  requireIdentifiedEnterprise,
} from '@qinqing/identity/access';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { CREDIT_OFFICERS } from '../../application/credit-roles';
import { pledgesOf } from './pledges.query';

/** The integrity pledge's text (public), an enterprise's own pledges at the kiosk, and any one's for the officer. */
@ApiTags('credit')
@Controller('credit')
export class PledgesController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Get('pledge-text')
  @Public()
  @ApiOperation({ summary: 'The current integrity pledge (廉洁承诺书) with its version' })
  text(): PledgeTextView {
    return CURRENT_PLEDGE_TEXT;
  }

  @Get('pledges/mine')
  @Allow('kiosk-enterprise')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The identified enterprise’s own pledges (names masked), newest first' })
  async mine(@CurrentActor() actor: Actor): Promise<PledgeList> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    return { creditCode, pledges: await pledgesOf(this.db, creditCode, 'masked') };
  }

  @Get('pledges')
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({
    summary: 'An enterprise’s pledges with the signatories’ names (credit officer), newest first',
  })
  @ApiZodQuery(pledgesQuery)
  async list(@ZodQuery(pledgesQuery) query: PledgesQuery): Promise<PledgeList> {
    return { creditCode: query.creditCode, pledges: await pledgesOf(this.db, query.creditCode, 'full') };
  }
}
