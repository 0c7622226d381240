import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  callListQuery,
  type CallListPage,
  type CallListQuery,
  listPoliciesQuery,
  type ListPoliciesQuery,
  policyDetailsBody,
  type PolicyDetailsBody,
  type PolicyPage,
  type PolicyPreview,
  type PolicyView,
  withdrawPolicyBody,
  type WithdrawPolicyBody,
} from '@qinqing/service-centre/contracts';
import {
  chinaDateOf,
  type PolicyCommand,
  policyDecider,
  type PolicyDetails,
  policyStreamId,
} from '@qinqing/service-centre/domain';
import type { Clock, CommandHandler, IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  ApiZodQuery,
  CLOCK,
  COMMAND_HANDLER,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { callListPage, previewMatches } from '../matching/policy-matching.sql';
import { checkedPolicyId, POLICY_EDITORS, POLICY_PUSH_FOLLOWERS, POLICY_READERS } from '../policy-roles';
import { findPolicy, listPolicies, type PolicyRow, viewOf } from '../queries/policy-rows';

const PREVIEW_PAGE = 20;

const notFound = () =>
  new NotFoundException({
    error: 'policy-not-found',
    message: { zh: '没有这项政策', en: 'There is no such policy' },
  });

const detailsOf = (body: PolicyDetailsBody): PolicyDetails => body;

/**
 * The policy library in the console (政策库): service staff and administrators draft, edit, preview, publish
 * and withdraw policies; every staff role reads them. Publishing matches the policy against the whole
 * directory replica (the projection, policies.projection.ts); the call list pages through those matches.
 */
@ApiTags('service-centre')
@Controller('service-centre/policies')
export class PoliciesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async handle(
    policyId: string,
    command: PolicyCommand,
    request: Request,
    actor: Actor,
    scope: string,
  ) {
    const result = await this.commands.handle(
      policyDecider,
      policyStreamId(policyId),
      command,
      commandMetadataFor(request, actor, scope),
    );
    return { policyId, status: result.state.status };
  }

  @Post()
  @HttpCode(201)
  @Allow(...POLICY_EDITORS)
  @ApiOperation({ summary: 'Draft a policy: the document, its benefits and whom it is for' })
  @ApiZodBody(policyDetailsBody)
  async draft(
    @ZodBody(policyDetailsBody) body: PolicyDetailsBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const policyId = this.ids.next();
    return this.handle(
      policyId,
      { type: 'DraftPolicy', policyId, details: detailsOf(body), by: actorId(actor) },
      request,
      actor,
      'draft-policy',
    );
  }

  @Put(':policyId')
  @HttpCode(200)
  @Allow(...POLICY_EDITORS)
  @ApiOperation({ summary: 'Edit a draft policy (a published one is withdrawn and drafted anew)' })
  @ApiZodBody(policyDetailsBody)
  async edit(
    @Param('policyId') raw: string,
    @ZodBody(policyDetailsBody) body: PolicyDetailsBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.handle(
      checkedPolicyId(raw),
      { type: 'EditPolicy', details: detailsOf(body), by: actorId(actor) },
      request,
      actor,
      'edit-policy',
    );
  }

  @Post(':policyId/publish')
  @HttpCode(200)
  @Allow(...POLICY_EDITORS)
  @ApiOperation({ summary: 'Publish a draft: it is matched against the directory and pushed to the matches' })
  async publish(@Param('policyId') raw: string, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.handle(
      checkedPolicyId(raw),
      { type: 'PublishPolicy', by: actorId(actor) },
      request,
      actor,
      'publish-policy',
    );
  }

  @Post(':policyId/withdraw')
  @HttpCode(200)
  @Allow(...POLICY_EDITORS)
  @ApiOperation({ summary: 'Withdraw a published policy, with the reason' })
  @ApiZodBody(withdrawPolicyBody)
  async withdraw(
    @Param('policyId') raw: string,
    @ZodBody(withdrawPolicyBody) body: WithdrawPolicyBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.handle(
      checkedPolicyId(raw),
      { type: 'WithdrawPolicy', reason: body.reason, by: actorId(actor) },
      request,
      actor,
      'withdraw-policy',
    );
  }

  @Get()
  @Allow(...POLICY_READERS)
  @ApiOperation({
    summary: 'A page of the library, newest first; q searches title, summary, number and issuer',
  })
  @ApiZodQuery(listPoliciesQuery)
  async list(@ZodQuery(listPoliciesQuery) query: ListPoliciesQuery): Promise<PolicyPage> {
    return listPolicies(this.db, query, chinaDateOf(this.clock.now()));
  }

  @Get(':policyId')
  @Allow(...POLICY_READERS)
  @ApiOperation({ summary: 'One policy with its full text, criteria and, once published, its match counts' })
  async one(@Param('policyId') raw: string): Promise<PolicyView> {
    return viewOf(await this.policy(raw), chinaDateOf(this.clock.now()));
  }

  @Get(':policyId/preview')
  @Allow(...POLICY_EDITORS)
  @ApiOperation({
    summary: 'Who the policy would reach today and why: counts, and the first 20 matches and exclusions',
  })
  async preview(@Param('policyId') raw: string): Promise<PolicyPreview> {
    const policy = await this.policy(raw);
    const asOf = chinaDateOf(this.clock.now());
    return { asOf, ...(await previewMatches(this.db, policy.criteria, asOf, PREVIEW_PAGE)) };
  }

  @Get(':policyId/call-list')
  @Allow(...POLICY_PUSH_FOLLOWERS)
  @ApiOperation({
    summary:
      'The staff call list: the enterprises a published policy was pushed to, by credit code, each with why',
  })
  @ApiZodQuery(callListQuery)
  async callList(
    @Param('policyId') raw: string,
    @ZodQuery(callListQuery) query: CallListQuery,
  ): Promise<CallListPage> {
    const policy = await this.policy(raw);
    return callListPage(
      this.db,
      policy.policy_id,
      policy.criteria,
      query.excluded,
      query.after ?? '',
      query.limit,
    );
  }

  private async policy(raw: string): Promise<PolicyRow> {
    const policy = await findPolicy(this.db, checkedPolicyId(raw));
    if (policy === null) throw notFound();
    return policy;
  }
}
