import type { DomainEvent } from '@qinqing/shared/domain-kernel';

export type KioskDeviceRegistered = DomainEvent<
  'KioskDeviceRegistered',
  {
    readonly deviceId: string;
    readonly centreId: string;
    readonly label: string;
    /** Argon2id PHC string of the device secret, computed outside the domain. */
    readonly credentialHash: string;
    readonly registeredBy: string;
  }
>;

export type KioskDeviceRevoked = DomainEvent<
  'KioskDeviceRevoked',
  { readonly deviceId: string; readonly revokedBy: string; readonly reason: string }
>;

export type KioskDeviceEvent = KioskDeviceRegistered | KioskDeviceRevoked;

export const KIOSK_DEVICE_EVENT_TYPES: readonly KioskDeviceEvent['type'][] = [
  'KioskDeviceRegistered',
  'KioskDeviceRevoked',
];
