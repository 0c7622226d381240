import {
  accept,
  type Decider,
  type Decision,
  type DomainError,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { isReferenceId } from '../common/reference-id';
import type { KioskDeviceEvent } from './kiosk-device.events';
import { evolveKioskDevice, initialKioskDeviceState, type KioskDeviceState } from './kiosk-device.state';

export interface RegisterKioskDevice {
  readonly type: 'RegisterKioskDevice';
  readonly deviceId: string;
  readonly centreId: string;
  readonly label: string;
  readonly credentialHash: string;
  readonly registeredBy: string;
}

export interface RevokeKioskDevice {
  readonly type: 'RevokeKioskDevice';
  readonly revokedBy: string;
  readonly reason: string;
}

export type KioskDeviceCommand = RegisterKioskDevice | RevokeKioskDevice;

const LABEL_MAX = 60;
const REASON_MAX = 500;

const register = (
  command: RegisterKioskDevice,
  state: KioskDeviceState,
): Decision<KioskDeviceEvent, DomainError> => {
  if (state.status === 'registered') {
    return reject(
      domainError(
        'conflict',
        'device-already-registered',
        { zh: '该设备编号已登记', en: 'A device with this id is already registered' },
        'deviceId',
      ),
    );
  }
  if (!isReferenceId(command.deviceId)) {
    return reject(
      domainError(
        'validation',
        'invalid-device-id',
        {
          zh: '设备编号为3至64位小写字母、数字或“-”，以字母开头',
          en: 'A device id has 3–64 lower-case letters, digits or “-”, starting with a letter',
        },
        'deviceId',
      ),
    );
  }
  const label = command.label.trim();
  if (label.length === 0 || [...label].length > LABEL_MAX) {
    return reject(
      domainError(
        'validation',
        'invalid-label',
        {
          zh: `请填写设备名称（不超过${LABEL_MAX}个字）`,
          en: `Enter a device label of at most ${LABEL_MAX} characters`,
        },
        'label',
      ),
    );
  }
  return accept({
    type: 'KioskDeviceRegistered',
    data: {
      deviceId: command.deviceId,
      centreId: command.centreId,
      label,
      credentialHash: command.credentialHash,
      registeredBy: command.registeredBy,
    },
  });
};

/**
 * A 亲清家园 kiosk (自助终端): registered to one centre with a credential an administrator hands over once,
 * and revoked when lost, replaced or compromised. Revocation is final: a replacement is a new device.
 */
export const kioskDeviceDecider: Decider<KioskDeviceCommand, KioskDeviceEvent, KioskDeviceState> = {
  initialState: initialKioskDeviceState,
  evolve: evolveKioskDevice,
  decide: (command, state) => {
    if (command.type === 'RegisterKioskDevice') return register(command, state);
    if (state.status !== 'registered') {
      return reject(domainError('not-found', 'device-not-found', { zh: '设备不存在', en: 'No such device' }));
    }
    const reason = command.reason.trim();
    if ([...reason].length > REASON_MAX) {
      return reject(
        domainError(
          'validation',
          'reason-too-long',
          { zh: `原因不超过${REASON_MAX}个字`, en: `A reason has at most ${REASON_MAX} characters` },
          'reason',
        ),
      );
    }
    if (state.revoked) return accept();
    return accept({
      type: 'KioskDeviceRevoked',
      data: { deviceId: state.deviceId, revokedBy: command.revokedBy, reason },
    });
  },
};
