import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CleanEnterpriseEvaluationView,
  evaluateCleanEnterpriseBody,
  type EvaluateCleanEnterpriseBody,
} from '@qinqing/credit/contracts';
import { cleanEnterpriseDecider, cleanEnterpriseStreamId, creditRuleError } from '@qinqing/credit/domain';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  type CommandHandler,
  DomainRejectionError,
  type IdGenerator,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  COMMAND_HANDLER,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { CREDIT_OFFICERS } from '../../application/credit-roles';
import { DirectoryReplica } from '../../consumers/liaison-directory/directory.replica';
import { recordsOfYear } from '../../queries/boards/board-records.query';
import { signedPledgeBy } from '../../queries/pledges/pledges.query';

/**
 * 清廉企业 (Ningbo), evaluated yearly by the credit officer: the five no's from the enterprise's records decided
 * in the year, the integrity system from the officer's checklist, the pledge from the pledges signed by the
 * year's end. The result is public; evaluating again replaces it (the earlier stays in the history).
 */
@ApiTags('credit')
@Controller('credit/clean-enterprise-evaluations')
export class EvaluateCleanEnterpriseController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly directory: DirectoryReplica,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({
    summary: 'Evaluate an enterprise’s year as a 清廉企业 (five no’s, integrity system, pledge)',
  })
  @ApiZodBody(evaluateCleanEnterpriseBody)
  async evaluate(
    @ZodBody(evaluateCleanEnterpriseBody) body: EvaluateCleanEnterpriseBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<CleanEnterpriseEvaluationView> {
    const [records, pledgeSigned, knownName] = await Promise.all([
      recordsOfYear(this.db, body.creditCode, body.year),
      signedPledgeBy(this.db, body.creditCode, `${body.year}-12-31`),
      this.enterpriseNameOf(body.creditCode),
    ]);
    const enterpriseName = knownName ?? body.enterpriseName;
    if (enterpriseName === undefined) {
      throw new DomainRejectionError(
        creditRuleError(
          'validation',
          'enterprise-name-required',
          'clean-enterprise',
          {
            zh: '诚信档案中没有该企业的记录，请填写企业名称',
            en: 'The integrity file holds nothing of this enterprise; give its name',
          },
          { field: 'enterpriseName' },
        ),
      );
    }
    const evaluationId = this.ids.next();
    const result = await this.commands.handle(
      cleanEnterpriseDecider,
      cleanEnterpriseStreamId(body.creditCode, body.year),
      {
        type: 'EvaluateCleanEnterprise',
        evaluationId,
        creditCode: body.creditCode,
        enterpriseName,
        year: body.year,
        records,
        checklist: body.checklist,
        pledgeSigned,
        evaluatedBy: actorId(actor),
      },
      commandMetadataFor(request, actor, 'evaluate-clean-enterprise'),
    );
    if (result.state.status !== 'evaluated') throw new Error('An accepted evaluation recorded nothing');
    const data = result.state.evaluation;
    return {
      evaluationId: data.evaluationId,
      creditCode: data.creditCode,
      enterpriseName: data.enterpriseName,
      year: data.year,
      passed: data.passed,
      items: data.items,
      evaluatedOn: data.evaluatedOn,
    };
  }

  /** The registered name: the directory replica's, else the latest record's (the enterprise-and-date index). */
  private async enterpriseNameOf(creditCode: string): Promise<string | null> {
    const registered = await this.directory.find(creditCode);
    if (registered !== null) return registered.name;
    const { rows } = await this.db.query<{ enterprise_name: string }>(
      'SELECT enterprise_name FROM credit_records WHERE credit_code = $1 ORDER BY decided_on DESC LIMIT 1',
      [creditCode],
    );
    return rows[0]?.enterprise_name ?? null;
  }
}
