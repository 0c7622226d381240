import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@qinqing/identity/access';
import {
  type DisclosurePeriodAnswer,
  disclosurePeriodQuery,
  type DisclosurePeriodQuery,
} from '@qinqing/credit/contracts';
import { disclosurePeriod } from '@qinqing/credit/domain';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, ZodQuery } from '@qinqing/shared/nest-platform';

/**
 * 《信用修复管理办法》's publication periods as a public calculator: an enterprise (at the kiosk or anywhere) learns
 * when a decision's publication ends and from when it may apply for repair. It reads nothing stored.
 */
@ApiTags('credit')
@Controller('credit')
export class DisclosurePeriodController {
  @Get('disclosure-period')
  @Public()
  @ApiOperation({
    summary:
      'Publication period of a decision (minor/general/serious, decided YYYY-MM-DD): minimum end, repairable from, public until',
  })
  @ApiZodQuery(disclosurePeriodQuery)
  period(@ZodQuery(disclosurePeriodQuery) query: DisclosurePeriodQuery): DisclosurePeriodAnswer {
    const answer = disclosurePeriod(query.severity, query.decidedOn);
    if (!answer.ok) throw new DomainRejectionError(answer.error);
    return answer.period;
  }
}
