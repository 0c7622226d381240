import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import {
  type ChangeFilingSettings,
  DEFAULT_FILING_SETTINGS,
  type FilingSettingsChanged,
  filingSettingsDecider,
  filingSettingsStreamId,
} from './filing-settings';

const now = new Date('2026-09-01T02:00:00.000Z');
const given = deciderSpecification(filingSettingsDecider, { now });
const change: ChangeFilingSettings = {
  type: 'ChangeFilingSettings',
  jurisdiction: '330203',
  settings: { reportWithinWorkingDays: 3, allowedKinds: ['symposium', 'symposium', 'training'] },
  reason: ' 按本区规定 ',
  changedBy: 'admin',
};

describe('filing settings of a jurisdiction', () => {
  it('are kept per GB/T 2260 code, changed with a reason, kinds once each', () => {
    expect(filingSettingsStreamId('330203')).toBe('liaison-filing-settings-330203');
    given([])
      .when(change)
      .then([
        {
          type: 'FilingSettingsChanged',
          data: {
            jurisdiction: '330203',
            settings: { reportWithinWorkingDays: 3, allowedKinds: ['symposium', 'training'] },
            reason: '按本区规定',
            changedBy: 'admin',
            changedAt: now.toISOString(),
          },
        },
      ]);
  });

  it('are the defaults until changed, then the last change', () => {
    expect(filingSettingsDecider.initialState().settings).toEqual(DEFAULT_FILING_SETTINGS);
    const changed: FilingSettingsChanged = {
      type: 'FilingSettingsChanged',
      data: {
        jurisdiction: '330203',
        settings: { reportWithinWorkingDays: 3, allowedKinds: ['symposium'] },
        reason: 'r',
        changedBy: 'admin',
        changedAt: now.toISOString(),
      },
    };
    expect(filingSettingsDecider.evolve(filingSettingsDecider.initialState(), changed).settings).toEqual(
      changed.data.settings,
    );
  });

  it('refuse a jurisdiction that is not a 6-digit division code, and numbers out of bounds', () => {
    given([])
      .when({ ...change, jurisdiction: 'qingdao' })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ code: 'invalid-filing-settings', field: 'jurisdiction' });
        expect(error.message.en).toContain('GB/T 2260');
      });
    given([])
      .when({ ...change, settings: { ...change.settings, reportWithinWorkingDays: 31 } })
      .thenRejectsWith((error) => expect(error.field).toBe('settings.reportWithinWorkingDays'));
    given([])
      .when({ ...change, settings: { ...change.settings, allowedKinds: [] } })
      .thenRejectsWith((error) => expect(error.field).toBe('settings.allowedKinds'));
  });
});
