import { MisconductReportConcludedV1 } from '@qinqing/service-centre/contracts';
import { misconductReportStreamId } from '@qinqing/service-centre/domain';
import type { RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { misconductReportIntegrationMapper } from './misconduct-report-integration.mapper';

const recorded = (type: string, data: unknown): RecordedEvent => ({
  eventId: '01960000-0000-7000-8000-00000000abcd',
  type,
  schemaVersion: 1,
  data,
  metadata: {
    correlationId: 'c',
    causationId: null,
    actorId: '01960000-0000-7000-8000-000000000103',
    actorRole: 'discipline-inspector',
    occurredAt: '2026-12-03T02:00:00.000Z',
  },
  streamId: misconductReportStreamId('5b0f9a52-7a53-4a8e-9a43-0c3a5f1e2d11'),
  streamRevision: 3,
  globalPosition: 10n,
  cursor: { transactionId: 1n, globalPosition: 10n } as unknown as RecordedEvent['cursor'],
  recordedAt: new Date('2026-12-03T02:00:00.000Z'),
});

describe('misconduct reports: what leaves the context', () => {
  it('a conclusion leaves as a count by area, outcome and day — no report, official, unit or reporter', () => {
    const out = misconductReportIntegrationMapper.map(
      recorded('MisconductReportConcluded', {
        outcome: 'substantiated',
        areaCode: '330203',
        summary: '周建国 收受好处费属实',
        by: '01960000-0000-7000-8000-000000000103',
        at: '2026-12-03T02:00:00.000Z',
      }),
    );
    expect(out?.cloudEvent.type).toBe(MisconductReportConcludedV1.type);
    expect(out?.key).toBe('330203');
    expect(out?.cloudEvent.data).toEqual({
      areaCode: '330203',
      outcome: 'substantiated',
      concludedOn: '2026-12-03',
    });
    const wire = JSON.stringify(out);
    for (const secret of ['周建国', '5b0f9a52', '000000000103']) expect(wire).not.toContain(secret);
  });

  it('nothing else of a report is published: not its filing, reads, answers or escalation', () => {
    for (const type of [
      'MisconductReportFiled',
      'MisconductReportRead',
      'MisconductReportAnswered',
      'MisconductReportEscalated',
      'MisconductReportAccusedIdentified',
    ])
      expect(misconductReportIntegrationMapper.map(recorded(type, {}))).toBeNull();
  });
});
