import { Controller, Get, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { changePolicyBody } from '@qinqing/appeals/contracts';
import type { AppealsPolicy } from '@qinqing/appeals/domain';
import { Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { AppealsPolicyService } from './appeals-policy.service';
import { UnitDirectory, unknownDepartment } from './unit-directory.service';

/** The jurisdiction's time limits (per category and priority) and feedback windows. */
@ApiTags('appeals')
@Controller('appeals/policy')
export class AppealsPolicyController {
  constructor(
    private readonly policy: AppealsPolicyService,
    private readonly units: UnitDirectory,
  ) {}

  @Get()
  @Allow('service-staff', 'department-handler', 'supervisor', 'administrator')
  @ApiOperation({ summary: 'The request-handling policy in force' })
  current(): Promise<AppealsPolicy> {
    return this.policy.current();
  }

  @Put()
  @Allow('administrator')
  @ApiOperation({ summary: 'Change the policy (applies to requests submitted from now on)' })
  @ApiZodBody(changePolicyBody)
  async change(
    @ZodBody(changePolicyBody) body: z.infer<typeof changePolicyBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<AppealsPolicy> {
    // Unclaimed requests fall to the default owner: it must be a department someone works in.
    if (!(await this.units.isDepartment(body.policy.defaultOwnerUnitId))) {
      throw unknownDepartment('policy.defaultOwnerUnitId', body.policy.defaultOwnerUnitId);
    }
    return this.policy.change(body.policy, body.reason, commandMetadataFor(request, actor, 'appeals-policy'));
  }
}
