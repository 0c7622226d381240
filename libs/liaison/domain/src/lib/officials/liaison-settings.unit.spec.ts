import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIAISON_SETTINGS,
  type LiaisonSettingsChanged,
  LIAISON_PRESETS,
  liaisonSettingsDecider,
} from './liaison-settings';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(liaisonSettingsDecider, { now });
const changed = (settings: LiaisonSettingsChanged['data']['settings']): LiaisonSettingsChanged => ({
  type: 'LiaisonSettingsChanged',
  data: { settings, reason: '按青岛办法', changedBy: 'admin-1', changedAt: now.toISOString() },
});

describe('liaison settings', () => {
  it('default to Hengkou’s numbers: 1–2 enterprises per official, 3 visits a year', () => {
    expect(liaisonSettingsDecider.initialState().settings).toEqual({
      preset: 'hengkou',
      minPairingsPerOfficial: 1,
      maxPairingsPerOfficial: 2,
      visitsPerYear: 3,
    });
    expect(DEFAULT_LIAISON_SETTINGS).toBe(LIAISON_PRESETS.hengkou);
  });

  it('take Qingdao’s preset (1 visit a year) by an administrator’s recorded decision', () => {
    given([])
      .when({
        type: 'ChangeLiaisonSettings',
        settings: { preset: 'qingdao' },
        reason: ' 按青岛办法 ',
        by: 'admin-1',
      })
      .then([changed(LIAISON_PRESETS.qingdao)]);
  });

  it('take numbers of the jurisdiction’s own, marked custom', () => {
    given([])
      .when({
        type: 'ChangeLiaisonSettings',
        settings: { minPairingsPerOfficial: 1, maxPairingsPerOfficial: 3, visitsPerYear: 4 },
        reason: '按青岛办法',
        by: 'admin-1',
      })
      .then([
        changed({ preset: 'custom', minPairingsPerOfficial: 1, maxPairingsPerOfficial: 3, visitsPerYear: 4 }),
      ]);
  });

  it('refuse a minimum above the maximum, naming the rule, the setting and the source', () => {
    given([])
      .when({
        type: 'ChangeLiaisonSettings',
        settings: { minPairingsPerOfficial: 3, maxPairingsPerOfficial: 2, visitsPerYear: 3 },
        reason: '试',
        by: 'admin-1',
      })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'validation',
          code: 'invalid-setting',
          field: 'settings.minPairingsPerOfficial',
          rule: {
            rule: 'pairings-per-official',
            setting: 'maxPairingsPerOfficial',
            source: '恒口 二(二)、青岛 二(二)',
          },
        });
        expect(error.message.en).toContain('Qingdao 2(2)');
      });
  });

  it.each([
    ['visitsPerYear', { minPairingsPerOfficial: 1, maxPairingsPerOfficial: 2, visitsPerYear: 0 }],
    ['visitsPerYear', { minPairingsPerOfficial: 1, maxPairingsPerOfficial: 2, visitsPerYear: 1.5 }],
    ['maxPairingsPerOfficial', { minPairingsPerOfficial: 0, maxPairingsPerOfficial: 0, visitsPerYear: 1 }],
    ['minPairingsPerOfficial', { minPairingsPerOfficial: -1, maxPairingsPerOfficial: 2, visitsPerYear: 1 }],
  ])('refuse an out-of-range %s', (field, settings) => {
    given([])
      .when({ type: 'ChangeLiaisonSettings', settings, reason: '试', by: 'admin-1' })
      .thenRejectsWith((error) => expect(error.field).toBe(`settings.${field}`));
  });

  it('need a reason, and refuse a change to what is in force', () => {
    given([])
      .when({ type: 'ChangeLiaisonSettings', settings: { preset: 'qingdao' }, reason: '  ', by: 'admin-1' })
      .thenRejects('reason-required', 'validation');
    given([changed(LIAISON_PRESETS.qingdao)])
      .when({ type: 'ChangeLiaisonSettings', settings: { preset: 'qingdao' }, reason: '再改', by: 'admin-1' })
      .thenRejects('settings-unchanged', 'conflict');
  });
});
