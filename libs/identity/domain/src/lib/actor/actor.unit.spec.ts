import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, ROLES, STAFF_ROLES, isRole, isStaffRole } from '../roles/role';
import { type Actor, actorCentreId, actorReference, identifiedEnterprise, systemActor } from './actor';

const staff: Actor = {
  kind: 'staff',
  id: 'acc-1',
  role: 'service-staff',
  displayName: '王芳',
  centreId: 'centre-haishu',
};
const walkIn: Actor = {
  kind: 'kiosk-enterprise',
  sessionId: 'walk-in-1',
  deviceId: 'kiosk-haishu-01',
  centreId: 'centre-haishu',
  enterprise: { creditCode: '91350100M000100Y43', contactPhone: '13812345678' },
};
const device: Actor = { kind: 'kiosk-device', deviceId: 'kiosk-haishu-01', centreId: 'centre-haishu' };

describe('actor', () => {
  it('names each actor by id and role for event metadata', () => {
    expect(actorReference(staff)).toEqual({ id: 'acc-1', role: 'service-staff' });
    expect(actorReference(walkIn)).toEqual({ id: 'walk-in-1', role: 'kiosk-enterprise' });
    expect(actorReference(device)).toEqual({ id: 'kiosk-haishu-01', role: 'kiosk-device' });
    expect(actorReference(systemActor('scheduler'))).toEqual({ id: 'scheduler', role: 'system' });
  });

  it('tells the identified enterprise and the centre', () => {
    expect(identifiedEnterprise(walkIn)).toEqual({
      creditCode: '91350100M000100Y43',
      contactPhone: '13812345678',
    });
    expect(identifiedEnterprise({ ...walkIn, enterprise: null })).toBeNull();
    expect(identifiedEnterprise(staff)).toBeNull();
    expect(actorCentreId(staff)).toBe('centre-haishu');
    expect(actorCentreId(device)).toBe('centre-haishu');
    expect(actorCentreId(systemActor('x'))).toBeNull();
  });

  it('labels every role in both languages', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].zh).not.toBe('');
      expect(ROLE_LABELS[role].en).not.toBe('');
    }
    expect(STAFF_ROLES.every(isStaffRole)).toBe(true);
    expect(isStaffRole('kiosk-device')).toBe(false);
    expect(isRole('system')).toBe(false);
  });
});
