import { PolicyPublishedV1, PolicyWithdrawnV1 } from '@qinqing/service-centre/contracts';
import { type PolicyPublished, policyStreamId } from '@qinqing/service-centre/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { DEMO_POLICIES } from '../demo-data/demo-policies';
import { policyIntegrationMapper } from './policy-integration.mapper';

const demo = DEMO_POLICIES[0];
if (demo === undefined) throw new Error('no demo policy');
const published: PolicyPublished['data'] = {
  policyId: demo.policyId,
  details: demo.details,
  publishedBy: 'staff.wang',
  publishedAt: '2026-12-03T02:00:00.000Z',
  publishedOn: '2026-12-03',
};

const recordedOf = (type: string, data: unknown): RecordedEvent => ({
  eventId: '01960000-0000-7000-8000-00000000bb01',
  type,
  schemaVersion: 1,
  data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'staff.wang',
    actorRole: 'service-staff',
    occurredAt: '2026-12-03T02:00:00.000Z',
  },
  streamId: policyStreamId(demo.policyId),
  streamRevision: 1,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-12-03T02:00:00.000Z'),
});

describe('the policy integration mapper', () => {
  it('publishes a policy with its document and criteria, keyed by its id, not who published it', () => {
    const out = policyIntegrationMapper.map(recordedOf('PolicyPublished', published));
    expect(out?.key).toBe(demo.policyId);
    expect(out === null ? null : parseCloudEvent(PolicyPublishedV1, out.cloudEvent).data).toEqual({
      policyId: demo.policyId,
      title: demo.details.title,
      issuingBody: '宁波市经济和信息化局',
      documentNumber: '甬经信〔2026〕18号',
      effectiveOn: '2026-01-01',
      expiresOn: '2028-12-31',
      criteria: { industries: ['C'], sizes: ['medium', 'small'], areas: ['330200'], tags: [] },
      publishedOn: '2026-12-03',
      publishedAt: '2026-12-03T02:00:00.000Z',
    });
    expect(JSON.stringify(out?.cloudEvent.data)).not.toContain('staff.wang');
  });

  it('publishes a withdrawal, and keeps drafts, edits and other streams inside', () => {
    const withdrawn = policyIntegrationMapper.map(
      recordedOf('PolicyWithdrawn', {
        policyId: demo.policyId,
        reason: '政策调整',
        withdrawnBy: 'staff.wang',
        withdrawnAt: '2026-12-04T02:00:00.000Z',
      }),
    );
    expect(withdrawn === null ? null : parseCloudEvent(PolicyWithdrawnV1, withdrawn.cloudEvent).data).toEqual(
      {
        policyId: demo.policyId,
        withdrawnAt: '2026-12-04T02:00:00.000Z',
      },
    );
    expect(policyIntegrationMapper.map(recordedOf('PolicyDrafted', { policyId: demo.policyId }))).toBeNull();
    expect(
      policyIntegrationMapper.map({ ...recordedOf('PolicyPublished', published), streamId: 'other-1' }),
    ).toBeNull();
  });
});
