import { APPEALS_PUBLIC_EVENTS, ratingSchema } from '@qinqing/appeals/contracts';
import { RATINGS } from '@qinqing/service-centre/domain';
import { InvalidCloudEventError } from '@qinqing/shared/contracts-kit';
import { describe, expect, it } from 'vitest';
import { activityOf } from './appeals-activity';

const envelope = (type: string, data: unknown) => ({
  specversion: '1.0' as const,
  id: 'ce-1',
  source: '/qinqing/appeals',
  type,
  time: '2026-06-01T10:00:00+08:00',
  subject: 'r1',
  datacontenttype: 'application/json' as const,
  data,
});

describe('reading the appeals public events', () => {
  it.each(APPEALS_PUBLIC_EVENTS.map((d) => d.type))('validates %s against its contract', (type) => {
    expect(() => activityOf(envelope(type, { requestId: 'r1' }))).toThrow(InvalidCloudEventError);
  });

  it('ignores types it does not know (a later version, another context)', () => {
    expect(activityOf(envelope('cn.qinqing.appeals.request.submitted.v2', {}))).toBeNull();
    expect(activityOf(envelope('cn.qinqing.credit.record.added.v1', {}))).toBeNull();
  });

  it('knows the same five ratings as the appeals contract', () => {
    expect([...RATINGS]).toEqual(ratingSchema.options);
  });
});
