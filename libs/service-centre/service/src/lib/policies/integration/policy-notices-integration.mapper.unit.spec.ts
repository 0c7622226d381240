import { PolicyNoticesDueV1 } from '@qinqing/service-centre/contracts';
import {
  POLICY_NOTICE_BATCH,
  type PolicyNoticesDue,
  policyNoticesStreamId,
  policyStreamId,
} from '@qinqing/service-centre/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { policyNoticesIntegrationMapper } from './policy-notices-integration.mapper';

const POLICY = '01930000-0000-7000-8000-00000000a001';
const code = (n: number) => `91330203MA${String(n).padStart(7, '0')}X`;
const due = (creditCodes: readonly string[]): PolicyNoticesDue['data'] => ({
  policyId: POLICY,
  title: '宁波市支持制造业中小企业数字化改造的若干措施（演示）',
  documentNumber: '甬经信〔2026〕18号',
  origin: 'publication',
  creditCodes,
  dueAt: '2026-12-03T02:00:01.000Z',
});

const recordedOf = (
  type: string,
  data: unknown,
  streamId = policyNoticesStreamId(POLICY),
): RecordedEvent => ({
  eventId: '01960000-0000-7000-8000-00000000cc01',
  type,
  schemaVersion: 1,
  data,
  metadata: {
    correlationId: 'c1',
    causationId: 'published-event-id',
    actorId: 'policy-notices',
    actorRole: 'system',
    occurredAt: '2026-12-03T02:00:01.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-12-03T02:00:01.000Z'),
});

describe('the policy notices integration mapper', () => {
  it('publishes a full batch keyed by the policy, credit codes only, caused by the publication', () => {
    const codes = Array.from({ length: POLICY_NOTICE_BATCH }, (_, i) => code(i));
    const out = policyNoticesIntegrationMapper.map(recordedOf('PolicyNoticesDue', due(codes)));
    expect(out?.key).toBe(POLICY);
    expect(out?.cloudEvent.causationid).toBe('published-event-id');
    expect(out === null ? null : parseCloudEvent(PolicyNoticesDueV1, out.cloudEvent).data).toEqual({
      policyId: POLICY,
      title: '宁波市支持制造业中小企业数字化改造的若干措施（演示）',
      documentNumber: '甬经信〔2026〕18号',
      creditCodes: codes,
      dueAt: '2026-12-03T02:00:01.000Z',
    });
  });

  it('keeps the sweep’s end and other streams inside; the contract refuses more than a batch', () => {
    expect(
      policyNoticesIntegrationMapper.map(
        recordedOf('PolicyNoticeSweepEnded', { policyId: POLICY, ending: 'complete', swept: 0 }),
      ),
    ).toBeNull();
    expect(
      policyNoticesIntegrationMapper.map(
        recordedOf('PolicyNoticesDue', due([code(1)]), policyStreamId(POLICY)),
      ),
    ).toBeNull();
    const tooMany = Array.from({ length: POLICY_NOTICE_BATCH + 1 }, (_, i) => code(i));
    expect(() => policyNoticesIntegrationMapper.map(recordedOf('PolicyNoticesDue', due(tooMany)))).toThrow();
  });
});
