import type { INestApplication } from '@nestjs/common';
import { policyNoticesStreamId } from '@qinqing/service-centre/domain';
import { PolicyNoticesPass } from '@qinqing/service-centre/service';
import type { EventStore } from '@qinqing/shared/event-sourcing';
import { EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { expectStatus, HttpClient } from '../console/http-client';

/**
 * The policy library's public events through its HTTP API: service staff draft a policy, publish it
 * (policy.published.v1), the enterprises it is offered to are listed for their SMS notice
 * (policy.notices-due.v1: the notices pass runs now rather than on its timer) and it is withdrawn
 * (policy.withdrawn.v1).
 */
export const drivePolicyEvents = async (app: INestApplication, api: string): Promise<void> => {
  const staff = new HttpClient(api);
  await expectStatus(
    'service staff login',
    staff.post('/auth/login', { username: 'staff.wang', password: 'Demo!2026' }),
    200,
  );
  const { policyId } = await expectStatus<{ policyId: string }>(
    'draft a policy',
    staff.post('/service-centre/policies', {
      title: '海曙区小微企业上规升级奖励（目录检查）',
      issuingBody: '宁波市海曙区经济和信息化局',
      documentNumber: '海经信〔2026〕15号',
      effectiveOn: '2026-01-01',
      expiresOn: null,
      summary: '对首次纳入规模以上统计的工业企业给予一次性奖励。',
      fullText: '一、奖励对象……',
      benefits: ['一次性奖励10万元'],
      // Haishu's enterprises of any industry and size: the demo directory has several, so some are listed.
      criteria: { industries: [], sizes: [], areas: ['330203'], tags: [] },
    }),
    201,
  );
  await expectStatus('publish it', staff.post(`/service-centre/policies/${policyId}/publish`), 200);
  await app.get(EventSourcingHost).settle();
  // A whole pass after the one under way: the pass on the app's own timer may have listed them already.
  await app.get(PolicyNoticesPass).run();
  const notices = await app.get<EventStore>(EVENT_STORE).readStream(policyNoticesStreamId(policyId));
  if (!notices.some((event) => event.type === 'PolicyNoticesDue')) {
    throw new Error('the tour’s policy was offered to nobody: no notices-due event');
  }
  await expectStatus(
    'withdraw it',
    staff.post(`/service-centre/policies/${policyId}/withdraw`, { reason: '并入新政策' }),
    200,
  );
};
