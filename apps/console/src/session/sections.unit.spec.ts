import { describe, expect, it } from 'vitest';
import {
  CONSOLE_SECTIONS,
  defaultRouteFor,
  editsPolicies,
  mayOpen,
  readsCallLists,
  recordsPartyBuilding,
  sectionsFor,
} from './sections';

const screensOf = (role: string) => sectionsFor(role).map((section) => section.screen);

describe('the console sections a role may use', () => {
  it.each([
    [
      'service-staff',
      [
        'inbox',
        'file',
        'queue-counter',
        'dashboard',
        'queue-dashboard',
        'declarations',
        'policies',
        'centre-events',
        'directory',
        'password',
      ],
    ],
    [
      'department-handler',
      ['inbox', 'dashboard', 'ledger', 'declarations', 'policies', 'directory', 'password'],
    ],
    [
      'supervisor',
      [
        'inbox',
        'dashboard',
        'queue-dashboard',
        'ledger',
        'compliance',
        'party-organisations',
        'party-joint-branches',
        'party-chambers',
        'party-pairings',
        'party-alerts',
        'party-coverage',
        'party-honours',
        'health-index',
        'policies',
        'centre-events',
        'directory',
        'password',
      ],
    ],
    [
      'administrator',
      [
        'inbox',
        'dashboard',
        'queue-dashboard',
        'ledger',
        'admin',
        'compliance',
        'health-index',
        'policies',
        'directory',
        'password',
      ],
    ],
    ['leading-official', ['liaison', 'integrity', 'health-index', 'policies', 'directory', 'password']],
    ['discipline-inspector', ['breaches', 'reports', 'policies', 'directory', 'password']],
    [
      'credit-officer',
      [
        'credit',
        'credit-import',
        'credit-objections',
        'credit-repairs',
        'credit-boards',
        'policies',
        'directory',
        'password',
      ],
    ],
    [
      'party-building-staff',
      [
        'party-organisations',
        'party-joint-branches',
        'party-chambers',
        'party-pairings',
        'party-alerts',
        'party-coverage',
        'party-honours',
        'policies',
        'directory',
        'password',
      ],
    ],
  ])('%s sees %j in the navigation', (role, screens) => {
    expect(screensOf(role)).toEqual(screens);
  });

  it('shows nothing to a role the console does not serve (a kiosk session)', () => {
    expect(screensOf('kiosk-enterprise')).toEqual([]);
    expect(mayOpen('kiosk-device', { screen: 'inbox' })).toBe(false);
  });

  it('refuses a section the role may not use when opened by its address', () => {
    expect(mayOpen('department-handler', { screen: 'file' })).toBe(false);
    expect(mayOpen('service-staff', { screen: 'admin' })).toBe(false);
    expect(mayOpen('service-staff', { screen: 'ledger' })).toBe(false);
    expect(mayOpen('administrator', { screen: 'admin' })).toBe(true);
  });

  it('opens a request detail for whoever has the inbox', () => {
    expect(mayOpen('supervisor', { screen: 'detail', requestId: 'r-1' })).toBe(true);
  });

  it('opens an enterprise page for whoever has the directory', () => {
    expect(mayOpen('leading-official', { screen: 'enterprise', creditCode: '91330203MA2H5K7P7A' })).toBe(
      true,
    );
    expect(mayOpen('kiosk-device', { screen: 'enterprise', creditCode: '91330203MA2H5K7P7A' })).toBe(false);
  });

  it('opens an integrity file for the credit officer alone', () => {
    const file = { screen: 'credit-file', creditCode: '91330212MA2J1C6T17' } as const;
    expect(mayOpen('credit-officer', file)).toBe(true);
    expect(mayOpen('administrator', file)).toBe(false);
    expect(mayOpen('supervisor', { screen: 'credit-import' })).toBe(false);
    expect(defaultRouteFor('credit-officer')).toEqual({ screen: 'credit' });
  });

  it('opens the party-building area for its staff, read-only for supervisors, and to no one else', () => {
    const record = { screen: 'party-organisation', creditCode: '91330203MA2H5K7P7A' } as const;
    expect(defaultRouteFor('party-building-staff')).toEqual({ screen: 'party-organisations' });
    expect(mayOpen('party-building-staff', record)).toBe(true);
    expect(mayOpen('supervisor', record)).toBe(true);
    expect(recordsPartyBuilding('party-building-staff')).toBe(true);
    expect(recordsPartyBuilding('supervisor')).toBe(false);
    for (const role of ['service-staff', 'department-handler', 'administrator', 'credit-officer']) {
      expect(mayOpen(role, record), role).toBe(false);
      expect(mayOpen(role, { screen: 'party-alerts' }), role).toBe(false);
      expect(mayOpen(role, { screen: 'party-coverage' }), role).toBe(false);
      expect(mayOpen(role, { screen: 'party-honours' }), role).toBe(false);
    }
  });

  it('opens the policy library and one policy for every console role; editing and call lists as the API allows', () => {
    const policy = { screen: 'policy', policyId: '01930000-0000-7000-8000-00000000a001' } as const;
    for (const role of ['service-staff', 'supervisor', 'credit-officer', 'party-building-staff']) {
      expect(mayOpen(role, { screen: 'policies' }), role).toBe(true);
      expect(mayOpen(role, policy), role).toBe(true);
    }
    expect(mayOpen('kiosk-enterprise', policy)).toBe(false);
    expect(['service-staff', 'administrator', 'supervisor', 'department-handler'].map(editsPolicies)).toEqual(
      [true, true, false, false],
    );
    expect(['service-staff', 'supervisor', 'department-handler'].map(readsCallLists)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('opens the joint branches and one joint branch for party-building staff and supervisors alone', () => {
    const branch = {
      screen: 'party-joint-branch',
      jointBranchId: '0194f3a2-7b1c-7d4e-8f00-000000000001',
    } as const;
    for (const role of ['party-building-staff', 'supervisor']) {
      expect(mayOpen(role, { screen: 'party-joint-branches' }), role).toBe(true);
      expect(mayOpen(role, branch), role).toBe(true);
    }
    for (const role of [
      'service-staff',
      'department-handler',
      'administrator',
      'credit-officer',
      'leading-official',
    ]) {
      expect(mayOpen(role, { screen: 'party-joint-branches' }), role).toBe(false);
      expect(mayOpen(role, branch), role).toBe(false);
      expect(mayOpen(role, { screen: 'party-chambers' }), role).toBe(false);
      expect(mayOpen(role, { screen: 'party-pairings' }), role).toBe(false);
    }
    expect(mayOpen('supervisor', { screen: 'party-chambers' })).toBe(true);
    expect(mayOpen('party-building-staff', { screen: 'party-pairings' })).toBe(true);
  });

  it('lands a leading official on their workspace, never on the inbox they may not open', () => {
    expect(defaultRouteFor('leading-official')).toEqual({ screen: 'liaison' });
    expect(mayOpen('leading-official', defaultRouteFor('leading-official'))).toBe(true);
    expect(mayOpen('leading-official', { screen: 'inbox' })).toBe(false);
    expect(defaultRouteFor('department-handler')).toEqual({ screen: 'inbox' });
    expect(defaultRouteFor('discipline-inspector')).toEqual({ screen: 'breaches' });
    for (const role of [
      'service-staff',
      'department-handler',
      'supervisor',
      'administrator',
      'leading-official',
      'discipline-inspector',
      'credit-officer',
      'party-building-staff',
    ]) {
      expect(mayOpen(role, defaultRouteFor(role)), role).toBe(true);
    }
  });

  it('lists each section once', () => {
    const screens = CONSOLE_SECTIONS.map((section) => section.screen);
    expect(new Set(screens).size).toBe(screens.length);
  });
});
