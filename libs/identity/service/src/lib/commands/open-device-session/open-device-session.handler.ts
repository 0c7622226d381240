import { Inject, Injectable } from '@nestjs/common';
import type { Clock, EventStore } from '@qinqing/shared/event-sourcing';
import {
  isReferenceId,
  type KioskDeviceActor,
  kioskDeviceDecider,
  kioskDeviceStreamId,
} from '@qinqing/identity/domain';
import { CLOCK, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { PasswordHasher } from '../../credentials/password-hasher';
import { invalidDeviceCredential } from '../../identity-errors';
import type { IdentityOptions } from '../../identity.options';
import { IDENTITY_OPTIONS } from '../../identity.tokens';
import { deviceSessionLifetime } from '../../sessions/session-lifetimes';
import { type ActiveSession, SessionStore } from '../../sessions/session.store';
import { loadState } from '../../streams/load-state';
import { CredentialThrottles } from '../../throttling/credential-throttles';

/** `kiosk-haishu-01.s3cr3t` → device id and secret; device ids never contain a dot. */
export const splitDeviceCredential = (credential: string): { deviceId: string; secret: string } => {
  const dot = credential.indexOf('.');
  return dot <= 0
    ? { deviceId: '', secret: credential }
    : { deviceId: credential.slice(0, dot), secret: credential.slice(dot + 1) };
};

/**
 * Provisions a kiosk's browser: checks the device credential (read from the device's stream, so a
 * revocation counts at once) and opens a long-lived device session. Earlier sessions of the same device
 * end: one browser per kiosk, and a copied cookie dies at the next provisioning.
 */
@Injectable()
export class OpenDeviceSessionHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly throttles: CredentialThrottles,
  ) {}

  /** Wrong credentials are throttled per (device id as given, address) and per address, like staff logins. */
  async open(
    credential: string,
    clientAddress: string,
  ): Promise<{ token: string; session: ActiveSession; actor: KioskDeviceActor }> {
    const { deviceId, secret } = splitDeviceCredential(credential);
    const throttle = this.throttles.deviceCredential;
    await throttle.admit(deviceId, clientAddress);
    try {
      const opened = await this.check(deviceId, secret);
      await throttle.succeeded(deviceId, clientAddress);
      return opened;
    } catch (error) {
      await throttle.failed(deviceId, clientAddress);
      throw error;
    }
  }

  private async check(
    deviceId: string,
    secret: string,
  ): Promise<{ token: string; session: ActiveSession; actor: KioskDeviceActor }> {
    const state = isReferenceId(deviceId)
      ? await loadState(this.store, kioskDeviceDecider, kioskDeviceStreamId(deviceId))
      : kioskDeviceDecider.initialState();
    if (state.status !== 'registered' || state.revoked) {
      await this.hasher.verifyNothing(secret);
      throw invalidDeviceCredential();
    }
    if (!(await this.hasher.verify(state.credentialHash, secret))) throw invalidDeviceCredential();
    const now = this.clock.now();
    await this.sessions.revokeAllOf(
      { kind: 'kiosk-device', subjectId: deviceId },
      now,
      'device-re-provisioned',
    );
    const actor: KioskDeviceActor = { kind: 'kiosk-device', deviceId, centreId: state.centreId };
    const { token, session } = await this.sessions.create({
      kind: 'kiosk-device',
      subjectId: deviceId,
      deviceId,
      actor,
      now,
      lifetime: deviceSessionLifetime(this.options),
    });
    return { token, session, actor };
  }
}
