import {
  EnterpriseDetailsCorrectedV1,
  EnterpriseRegisteredV1,
  LIAISON_TOPIC,
} from '@qinqing/liaison/contracts';
import { enterpriseStreamId } from '@qinqing/liaison/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import { FieldSeal, type LogCursor, type RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { createLiaisonIntegrationMapper } from './liaison-integration.mapper';

const seal = FieldSeal.fromSecrets(['a-shared-secret-of-the-tests-of-32-bytes']);
const liaisonIntegrationMapper = createLiaisonIntegrationMapper(seal);

const CODE = '91330212MA2L6B2Q0X';

const recorded = (
  streamId: string,
  event: { readonly type: string; readonly data: unknown },
): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000001',
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'staff-1',
    actorRole: 'service-staff',
    occurredAt: '2026-12-02T02:00:00.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-12-02T02:00:00.000Z'),
});

const facts = {
  name: '宁波南部新城云帆软件有限公司',
  areaCode: '330212',
  industry: 'I6513',
  employees: 120,
  revenue: 3200,
  assets: 5000,
  chambers: ['鄞州区工商联'],
  tags: ['high-growth'],
};

const registered = {
  type: 'EnterpriseRegistered',
  data: {
    creditCode: CODE,
    ...facts,
    contactPhone: '17757416789',
    size: { size: 'medium', industryGroup: 'software-it' },
    registeredBy: 'staff-1',
    registeredAt: '2026-12-02T02:00:00.000Z',
  },
};

describe('the liaison public events', () => {
  it('publishes a registered enterprise on its topic, keyed by its credit code, without phone or registrar', () => {
    const out = liaisonIntegrationMapper.map(recorded(enterpriseStreamId(CODE), registered));
    expect(out?.topic).toBe(LIAISON_TOPIC);
    expect(out?.key).toBe(CODE);
    expect(out?.cloudEvent).toMatchObject({ subject: CODE });
    expect(out === null ? null : parseCloudEvent(EnterpriseRegisteredV1, out.cloudEvent).data).toEqual({
      creditCode: CODE,
      ...facts,
      size: { size: 'medium', industryGroup: 'software-it' },
      registeredAt: '2026-12-02T02:00:00.000Z',
    });
    expect(JSON.stringify(out)).not.toContain('17757416789');
    expect(JSON.stringify(out)).not.toContain('staff-1');
  });

  it('publishes a correction with the changed facts only, never the phone', () => {
    const corrected = {
      type: 'EnterpriseDetailsCorrected',
      data: {
        creditCode: CODE,
        changes: { employees: 350, contactPhone: '13900000000' },
        size: { size: 'large', industryGroup: 'software-it' },
        correctedBy: 'staff-1',
        correctedAt: '2026-12-03T02:00:00.000Z',
      },
    };
    const out = liaisonIntegrationMapper.map(recorded(enterpriseStreamId(CODE), corrected));
    expect(out === null ? null : parseCloudEvent(EnterpriseDetailsCorrectedV1, out.cloudEvent).data).toEqual({
      creditCode: CODE,
      changes: { employees: 350 },
      size: { size: 'large', industryGroup: 'software-it' },
      correctedAt: '2026-12-03T02:00:00.000Z',
    });
    expect(JSON.stringify(out)).not.toContain('13900000000');
  });

  it('publishes nothing for a correction of the phone alone', () => {
    const phoneOnly = {
      type: 'EnterpriseDetailsCorrected',
      data: {
        creditCode: CODE,
        changes: { contactPhone: '13900000000' },
        size: null,
        correctedBy: 'staff-1',
        correctedAt: '2026-12-03T02:00:00.000Z',
      },
    };
    expect(liaisonIntegrationMapper.map(recorded(enterpriseStreamId(CODE), phoneOnly))).toBeNull();
  });

  it('leaves other contexts’ streams alone', () => {
    expect(liaisonIntegrationMapper.map(recorded('appeals-request-first', registered))).toBeNull();
  });
});
