import {
  DEMO_KIOSK_DEVICES,
  DEMO_PASSWORD,
  demoKioskCredential,
  SESSION_COOKIES,
  type WalkInProofSigner,
} from '@qinqing/identity/service';
import { ApiClient } from './api-client';

/** The demo staff accounts (libs/identity/service demo data) by what they do in the appeals tests. */
export const DEMO_USERS = {
  /** service staff at centre-haishu (首问 receiver of kiosk requests there) */
  serviceStaff: 'staff.wang',
  /** department handler of dept-market-regulation */
  marketHandler: 'handler.li',
  /** department handler of dept-human-resources */
  hrHandler: 'handler.zhao',
  /** department handler of unit-business-environment-office, the default owner of unclaimed requests */
  defaultOwnerHandler: 'handler.qian',
  supervisor: 'supervisor.chen',
  administrator: 'admin',
} as const;

export const MARKET_REGULATION = 'dept-market-regulation';
export const HUMAN_RESOURCES = 'dept-human-resources';
export const CENTRE_HAISHU = 'centre-haishu';

const expectStatus = (what: string, status: number, expected: number, body: unknown): void => {
  if (status !== expected) {
    throw new Error(`${what}: expected HTTP ${expected}, got ${status} ${JSON.stringify(body)}`);
  }
};

/** A browser signed in as a demo staff account. */
export const logIn = async (base: string, username: string): Promise<ApiClient> => {
  const client = new ApiClient(base);
  const answer = await client.post('/api/auth/login', { username, password: DEMO_PASSWORD });
  expectStatus(`log in as ${username}`, answer.status, 200, answer.body);
  return client;
};

/** A kiosk browser provisioned with its device credential (no walk-in open yet). */
export const provisionKiosk = async (base: string, deviceId = 'kiosk-haishu-01'): Promise<ApiClient> => {
  const device = DEMO_KIOSK_DEVICES.find((d) => d.deviceId === deviceId);
  if (device === undefined) throw new Error(`No demo kiosk ${deviceId}`);
  const client = new ApiClient(base);
  const answer = await client.post('/api/kiosk/device-session', { credential: demoKioskCredential(device) });
  expectStatus(`provision ${deviceId}`, answer.status, 200, answer.body);
  return client;
};

/**
 * A walk-in at a provisioned kiosk: a separate browser holding the kiosk's device cookie that touched
 * "start". Several walk-ins can be open on one kiosk this way (each starts from the device cookie only).
 */
export const startWalkIn = async (kiosk: ApiClient): Promise<ApiClient> => {
  const walkIn = kiosk.clone([SESSION_COOKIES.kioskDevice]);
  const answer = await walkIn.post('/api/kiosk/sessions');
  expectStatus('start a walk-in', answer.status, 201, answer.body);
  return walkIn;
};

/**
 * The walk-in becomes its enterprise. At a real kiosk the liaison context signs the proof once the code sent to
 * the enterprise's registered phone is typed back (tested in tests/liaison); the appeals tests sign it with the
 * app's own signer for the walk-in's session, as liaison would, and hand it to identity over HTTP.
 */
export const identifyWalkIn = async (
  walkIn: ApiClient,
  enterprise: { readonly creditCode: string; readonly phone: string },
  proofs: WalkInProofSigner,
): Promise<ApiClient> => {
  const me = await walkIn.get('/api/auth/me');
  expectStatus('who is the walk-in', me.status, 200, me.body);
  const actor = (me.body as { actor: { sessionId: string; deviceId: string } }).actor;
  const proof = proofs.sign({
    creditCode: enterprise.creditCode,
    contactPhone: enterprise.phone,
    deviceId: actor.deviceId,
    sessionId: actor.sessionId,
  });
  const answer = await walkIn.post('/api/kiosk/sessions/identify', { proof });
  expectStatus('identify the walk-in', answer.status, 200, answer.body);
  return walkIn;
};
