import { Controller, Get, Header, Inject, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { restrictionInForce } from '@qinqing/credit/replica';
import { type Actor, Allow, CurrentActor, requireIdentifiedEnterprise } from '@qinqing/identity/access';
import {
  listPoliciesQuery,
  type ListPoliciesQuery,
  messageBoxQuery,
  type MessageBoxQuery,
  type MyPoliciesPage,
  type MyPolicyView,
  type PolicyPage,
  type PolicyView,
} from '@qinqing/service-centre/contracts';
import { chinaDateOf, exclusionReason, explainMatch } from '@qinqing/service-centre/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { type DirectoryRow, entryOfRow } from '../directory/directory-replica.table';
import { areaName, RESTRICTIONS_TABLE } from '../matching/policy-matching.sql';
import { checkedPolicyId, POLICY_READERS } from '../policy-roles';
import { findPolicy, listPolicies, type PolicyRow, summaryOf, viewOf } from './policy-rows';

const KIOSK = ['kiosk-device', 'kiosk-enterprise'] as const;

/**
 * The policy library at the kiosk: anyone at a kiosk searches the published policies in force; an enterprise
 * identified at the kiosk (the code texted to its registered phone) reads its message box — the policies
 * pushed to it, each with why it matches — unless a credit restriction on policy benefits is in force today,
 * which the answer names instead. The credit code comes from the session, never from the request.
 */
@ApiTags('service-centre')
@Controller('service-centre')
export class KioskPoliciesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('policy-library')
  @Allow(...KIOSK, ...POLICY_READERS)
  @ApiOperation({
    summary: 'Search the published policies in force, newest first (title, summary, number, issuer)',
  })
  @ApiZodQuery(listPoliciesQuery)
  async search(@ZodQuery(listPoliciesQuery) query: ListPoliciesQuery): Promise<PolicyPage> {
    const { status: _status, ...rest } = query;
    return listPolicies(this.db, { ...rest, status: 'published' }, chinaDateOf(this.clock.now()));
  }

  @Get('policy-library/:policyId')
  @Allow(...KIOSK, ...POLICY_READERS)
  @ApiOperation({ summary: 'One published policy with its full text' })
  async one(@Param('policyId') raw: string): Promise<PolicyView> {
    const policy = await findPolicy(this.db, checkedPolicyId(raw));
    if (policy === null || policy.status !== 'published')
      throw new NotFoundException({
        error: 'policy-not-found',
        message: { zh: '没有这项已发布的政策', en: 'There is no such published policy' },
      });
    const { matched: _m, excluded: _e, ...view } = viewOf(policy, chinaDateOf(this.clock.now()));
    return { ...view, matched: null, excluded: null };
  }

  @Get('policies-for-me')
  @Allow('kiosk-enterprise')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The identified enterprise’s message box: policies pushed to it, newest first, each with why',
  })
  @ApiZodQuery(messageBoxQuery)
  async mine(
    @ZodQuery(messageBoxQuery) query: MessageBoxQuery,
    @CurrentActor() actor: Actor,
  ): Promise<MyPoliciesPage> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const today = chinaDateOf(this.clock.now());
    const restriction = await restrictionInForce(
      this.db,
      RESTRICTIONS_TABLE,
      creditCode,
      'policy-benefits',
      today,
    );
    if (restriction !== null)
      return {
        creditCode,
        withheld: { documentNumber: restriction.documentNumber, reason: exclusionReason(restriction) },
        items: [],
        next: null,
      };
    const { rows } = await this.db.query<
      PolicyRow & DirectoryRow & { readonly enterprise_name: string; readonly matched_at: Date | string }
    >(
      `SELECT p.*, m.credit_code, m.enterprise_name, m.industry, m.size, m.area_code, m.tags, m.matched_at
       FROM service_centre_policy_matches m JOIN service_centre_policies p ON p.policy_id = m.policy_id
       WHERE m.credit_code = $1 AND m.restriction_id IS NULL AND ($2::text IS NULL OR m.policy_id < $2)
         AND p.status = 'published' AND (p.expires_on IS NULL OR p.expires_on >= $3)
       ORDER BY m.policy_id DESC LIMIT $4`,
      [creditCode, query.after ?? null, today, query.limit + 1],
    );
    const items = rows.slice(0, query.limit).flatMap((row): MyPolicyView[] => {
      const explanation = explainMatch(
        row.criteria,
        entryOfRow({ ...row, name: row.enterprise_name }),
        areaName,
      );
      if (explanation === null) return [];
      return [
        {
          ...summaryOf(row, today),
          explanation: explanation.text,
          matchedAt: new Date(row.matched_at).toISOString(),
        },
      ];
    });
    return {
      creditCode,
      withheld: null,
      items,
      next: rows.length > query.limit ? (rows[query.limit - 1]?.policy_id ?? null) : null,
    };
  }
}
