import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
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
  conflictQuery,
  type ConflictQuery,
  declareRelationBody,
  type DeclareRelationBody,
  recusalBody,
  type RecusalBody,
  withdrawRelationBody,
  type WithdrawRelationBody,
} from '@qinqing/liaison/contracts';
import type { Conflict } from '@qinqing/liaison/domain';
import { ApiZodBody, ZodBody, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { accountIdParam, PathParams, uuidParam } from '../params';
import { DeclarationsService, type DeclarationsView, declarationsView } from './declarations.service';

const OVERSIGHT = ['supervisor', 'discipline-inspector', 'administrator'] as const;
/**
 * Who declares and applies for recusal: leading officials (晋江 四 binds 领导干部) and the staff who act on enterprise
 * requests as unit staff (department handlers, service staff), so the request assignment in appeals can be bound
 * too. Same endpoints, same rules; each declares their own, under their own account.
 */
const DECLARERS = ['leading-official', 'department-handler', 'service-staff'] as const;
const relationIdParam = uuidParam('relationId', '申报编号', 'relation id');

/**
 * Conflicts of interest (晋江 四): an official (or a request handler) declares specific-relation persons and their
 * ties to enterprises, applies for recusal; supervision and discipline inspection see the declarations (ID numbers masked) and order
 * recusal where the official did not.
 */
@ApiTags('liaison integrity')
@Controller('liaison')
export class DeclarationsController {
  constructor(private readonly declarations: DeclarationsService) {}

  @Get('declarations/mine')
  @Allow(...DECLARERS)
  @ApiOperation({ summary: 'My declared relations (ID numbers masked) and recusals' })
  async mine(@CurrentActor() actor: Actor): Promise<DeclarationsView> {
    const id = actorId(actor);
    return declarationsView(id, await this.declarations.of(id));
  }

  @Post('declarations/relations')
  @Allow(...DECLARERS)
  @HttpCode(201)
  @ApiOperation({ summary: 'Declare a specific-relation person and their ties to enterprises' })
  @ApiZodBody(declareRelationBody)
  async declare(
    @ZodBody(declareRelationBody) body: DeclareRelationBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly relationId: string }> {
    const relationId = await this.declarations.declare(
      requireStaffActor(actor),
      body,
      commandMetadataFor(request, actor, 'declare-relation'),
    );
    return { relationId };
  }

  @Post('declarations/relations/:relationId/withdraw')
  @Allow(...DECLARERS)
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw a declared relation (it no longer blocks)' })
  @ApiZodBody(withdrawRelationBody)
  async withdraw(
    @PathParams(relationIdParam) { relationId }: { relationId: string },
    @ZodBody(withdrawRelationBody) body: WithdrawRelationBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<void> {
    await this.declarations.withdraw(
      actorId(actor),
      relationId,
      body.reason,
      commandMetadataFor(request, actor, 'withdraw-relation'),
    );
  }

  @Post('declarations/recusals')
  @Allow(...DECLARERS)
  @HttpCode(201)
  @ApiOperation({ summary: 'Apply for recusal (主动申请回避) from an enterprise' })
  @ApiZodBody(recusalBody)
  async recuseSelf(
    @ZodBody(recusalBody) body: RecusalBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly recusalId: string }> {
    const id = actorId(actor);
    return {
      recusalId: await this.declarations.recuse(
        id,
        body,
        'self',
        id,
        commandMetadataFor(request, actor, 'recuse'),
      ),
    };
  }

  @Get('officials/:accountId/declarations')
  @Allow(...OVERSIGHT)
  @ApiOperation({ summary: 'An official’s declarations, ID numbers masked' })
  async ofOfficial(
    @PathParams(accountIdParam) { accountId }: { accountId: string },
  ): Promise<DeclarationsView> {
    return declarationsView(accountId, await this.declarations.of(accountId));
  }

  @Get('officials/:accountId/conflicts')
  @Allow(...OVERSIGHT)
  @ApiOperation({
    summary: 'Whether an official has a declared conflict with an enterprise (by credit code)',
  })
  async conflicts(
    @PathParams(accountIdParam) { accountId }: { accountId: string },
    @ZodQuery(conflictQuery) query: ConflictQuery,
  ): Promise<{ readonly conflicts: readonly Conflict[] }> {
    return { conflicts: await this.declarations.conflicts(accountId, query.creditCode) };
  }

  @Post('officials/:accountId/recusals')
  @Allow('supervisor', 'discipline-inspector')
  @HttpCode(201)
  @ApiOperation({ summary: 'Order recusal (直接作出回避决定) where the official did not recuse' })
  @ApiZodBody(recusalBody)
  async order(
    @PathParams(accountIdParam) { accountId }: { accountId: string },
    @ZodBody(recusalBody) body: RecusalBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ readonly recusalId: string }> {
    return {
      recusalId: await this.declarations.recuse(
        accountId,
        body,
        'ordered',
        actorId(actor),
        commandMetadataFor(request, actor, 'order-recusal'),
      ),
    };
  }
}
