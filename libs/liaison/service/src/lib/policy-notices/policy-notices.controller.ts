import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@qinqing/identity/access';
import type { PolicyNoticeTotalsView } from '@qinqing/liaison/contracts';
import { POLICY_ID_PATTERN, POLICY_PUSH_FOLLOWERS } from '@qinqing/service-centre/contracts';
import { DomainRejectionError, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { noticeTotals } from './policy-notices.table';

/**
 * How a policy's SMS notices fared, for the staff who follow its push up (the service centre's
 * `POLICY_PUSH_FOLLOWERS`: service staff, administrators, supervisors): counts from one row, no enterprise named.
 */
@ApiTags('policy notices')
@Controller('liaison/policy-notices')
export class PolicyNoticesController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Get(':policyId')
  @Allow(...POLICY_PUSH_FOLLOWERS)
  @ApiOperation({
    summary:
      'A published policy’s SMS notices: texted, no contact mobile, withheld under a credit restriction, failed, still waiting',
  })
  async totals(@Param('policyId') policyId: string): Promise<PolicyNoticeTotalsView> {
    if (!POLICY_ID_PATTERN.test(policyId))
      throw new DomainRejectionError({
        kind: 'validation',
        code: 'invalid-id',
        message: { zh: 'policyId 格式不正确', en: 'This is not a valid policyId' },
        field: 'policyId',
      });
    return { policyId, ...(await noticeTotals(this.db, policyId)) };
  }
}
