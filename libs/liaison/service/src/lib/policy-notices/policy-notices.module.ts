import { Module } from '@nestjs/common';
import { LiaisonCreditRestrictions } from '../officials/consumers/credit-restrictions.replica';
import { OutboundMessagesModule } from '../outbound-messages/outbound-messages.module';
import { PolicyNoticeSender } from './policy-notice.sender';
import { PolicyNoticesConsumer } from './policy-notices.consumer';
import { PolicyNoticesController } from './policy-notices.controller';

/**
 * 精准推送's SMS notice: the service centre lists the enterprises offered a policy (credit codes only); liaison,
 * which holds their contact mobiles, texts each one once per policy — none restricted from policy benefits by
 * its replica of credit's restrictions (kept by the officials' `liaison.credit-restrictions` consumer) — and counts
 * the outcomes for staff.
 */
@Module({
  imports: [OutboundMessagesModule],
  controllers: [PolicyNoticesConsumer, PolicyNoticesController],
  providers: [PolicyNoticeSender, LiaisonCreditRestrictions],
})
export class PolicyNoticesModule {}
