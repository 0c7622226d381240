import type { KioskDeviceEvent } from './kiosk-device.events';

export interface RegisteredKioskDevice {
  readonly status: 'registered';
  readonly deviceId: string;
  readonly centreId: string;
  readonly label: string;
  readonly credentialHash: string;
  readonly revoked: boolean;
}

export type KioskDeviceState = { readonly status: 'unregistered' } | RegisteredKioskDevice;

export const initialKioskDeviceState = (): KioskDeviceState => ({ status: 'unregistered' });

export const evolveKioskDevice = (state: KioskDeviceState, event: KioskDeviceEvent): KioskDeviceState => {
  switch (event.type) {
    case 'KioskDeviceRegistered': {
      const { deviceId, centreId, label, credentialHash } = event.data;
      return { status: 'registered', deviceId, centreId, label, credentialHash, revoked: false };
    }
    case 'KioskDeviceRevoked':
      return state.status === 'registered' ? { ...state, revoked: true } : state;
  }
};
