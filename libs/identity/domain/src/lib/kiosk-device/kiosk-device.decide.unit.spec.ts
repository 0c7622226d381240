import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, it } from 'vitest';
import type { KioskDeviceEvent } from './kiosk-device.events';
import { kioskDeviceDecider } from './kiosk-device.decide';

const given = deciderSpecification(kioskDeviceDecider, { now: new Date('2026-03-02T02:00:00.000Z') });

const registered: KioskDeviceEvent = {
  type: 'KioskDeviceRegistered',
  data: {
    deviceId: 'kiosk-haishu-01',
    centreId: 'centre-haishu',
    label: '海曙 1 号机',
    credentialHash: '$argon2id$hash',
    registeredBy: 'admin-1',
  },
};

const register = {
  type: 'RegisterKioskDevice',
  deviceId: 'kiosk-haishu-01',
  centreId: 'centre-haishu',
  label: ' 海曙 1 号机 ',
  credentialHash: '$argon2id$hash',
  registeredBy: 'admin-1',
} as const;

describe('kiosk device', () => {
  it('is registered to a centre with a credential hash', () => {
    given([]).when(register).then([registered]);
  });

  it('refuses a second registration under the same id', () => {
    given([registered]).when(register).thenRejects('device-already-registered', 'conflict');
  });

  it('refuses a malformed device id', () => {
    given([])
      .when({ ...register, deviceId: 'Kiosk.1' })
      .thenRejects('invalid-device-id', 'validation');
  });

  it('refuses an empty label', () => {
    given([])
      .when({ ...register, label: ' ' })
      .thenRejects('invalid-label', 'validation');
  });

  it('is revoked once', () => {
    const revoked: KioskDeviceEvent = {
      type: 'KioskDeviceRevoked',
      data: { deviceId: 'kiosk-haishu-01', revokedBy: 'admin-1', reason: 'lost' },
    };
    given([registered])
      .when({ type: 'RevokeKioskDevice', revokedBy: 'admin-1', reason: 'lost' })
      .then([revoked]);
    given([registered, revoked])
      .when({ type: 'RevokeKioskDevice', revokedBy: 'admin-1', reason: 'again' })
      .then([]);
  });

  it('cannot revoke a device that was never registered', () => {
    given([])
      .when({ type: 'RevokeKioskDevice', revokedBy: 'admin-1', reason: '' })
      .thenRejects('device-not-found', 'not-found');
  });
});
