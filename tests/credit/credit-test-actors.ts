import type { INestApplication } from '@nestjs/common';
import {
  DEMO_KIOSK_DEVICES,
  DEMO_PASSWORD,
  demoKioskCredential,
  SESSION_COOKIES,
} from '@qinqing/identity/service';
import { WalkInProofSigner } from '@qinqing/identity/access';
import { expectStatus, HttpClient } from '../console/http-client';

/** A browser signed in as a demo staff account (credit.zhao is the credit officer). */
export const logIn = async (baseUrl: string, username: string): Promise<HttpClient> => {
  const client = new HttpClient(baseUrl);
  await expectStatus(
    `log in ${username}`,
    client.post('/api/auth/login', { username, password: DEMO_PASSWORD }),
    200,
  );
  return client;
};

/** A walk-in at a provisioned demo kiosk, not identified yet. */
export const walkIn = async (baseUrl: string): Promise<HttpClient> => {
  const device = DEMO_KIOSK_DEVICES[0];
  if (device === undefined) throw new Error('no demo kiosk');
  const kiosk = new HttpClient(baseUrl);
  await expectStatus(
    'provision the kiosk',
    kiosk.post('/api/kiosk/device-session', { credential: demoKioskCredential(device) }),
    200,
  );
  const visitor = kiosk.clone([SESSION_COOKIES.kioskDevice]);
  await expectStatus('start a walk-in', visitor.post('/api/kiosk/sessions'), 201);
  return visitor;
};

/**
 * A walk-in identified as its enterprise. At a real kiosk liaison signs the proof once the code sent to the
 * registered phone comes back (tests/liaison/kiosk-identification.int.spec.ts); here the app's own signer signs
 * it for the walk-in's session, as liaison would.
 */
export const identifiedWalkIn = async (
  app: INestApplication,
  baseUrl: string,
  enterprise: { readonly creditCode: string; readonly contactPhone: string },
): Promise<HttpClient> => {
  const visitor = await walkIn(baseUrl);
  const me = await expectStatus<{ actor: { sessionId: string; deviceId: string } }>(
    'who',
    visitor.get('/api/auth/me'),
    200,
  );
  const proof = app.get(WalkInProofSigner).sign({
    ...enterprise,
    sessionId: me.actor.sessionId,
    deviceId: me.actor.deviceId,
  });
  await expectStatus('identify', visitor.post('/api/kiosk/sessions/identify', { proof }), 200);
  return visitor;
};
