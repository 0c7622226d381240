import type { RequestDetail } from '@qinqing/appeals/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, type ErrorBody } from '../../test-setup/api-client';
import {
  DEMO_USERS,
  identifyWalkIn,
  logIn,
  MARKET_REGULATION,
  provisionKiosk,
  startWalkIn,
} from '../../test-setup/actors';
import {
  type AppealsTestApp,
  appealsTestBackends,
  chinaTime,
  startAppealsTestApp,
} from '../../test-setup/appeals-test-app';
import {
  act,
  fileRequest,
  last4,
  requestBody,
  type Submitted,
  testEnterprise,
} from '../../test-setup/requests';
import { WRONG_ANSWERS_BEFORE_LOCK } from './receipt-verifier.service';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * The receipt proof (code + the phone's last four digits) is what an attacker would brute-force: ten
 * thousand digit combinations for a code he saw. These are the limits that stop him, tried from outside.
 */
describe.each(appealsTestBackends(inject('databaseUrl')))('receipt proof limits over $name', (backend) => {
  let t: AppealsTestApp;
  let kiosk: ApiClient;

  const track = (client: ApiClient, receiptCode: string, phoneLast4: string) =>
    client.post<ErrorBody & RequestDetail>('/api/appeals/track', { receiptCode, phoneLast4 });

  beforeAll(async () => {
    t = await startAppealsTestApp(backend, { now: chinaTime('2026-06-01') });
    kiosk = await provisionKiosk(t.base, 'kiosk-haishu-01');
  });

  afterAll(async () => {
    await t?.close();
  });

  const fileAt = async (): Promise<{ filed: Submitted; phone: string }> => {
    const enterprise = testEnterprise();
    const walkIn = await identifyWalkIn(await startWalkIn(kiosk), enterprise, t.walkInProofs);
    const filed = await fileRequest(walkIn, requestBody(enterprise));
    await t.settleUntilListed(filed.requestId);
    return { filed, phone: enterprise.phone };
  };

  it('a receipt locked by wrong digits refuses the right digits too, so the guesser never learns he won', async () => {
    const { filed, phone } = await fileAt();
    const guesser = new ApiClient(t.base);
    const right = last4(phone);
    const wrongDigits = ['0000', '1111', '2222', '3333', '4444', '5555', '6666'].filter((d) => d !== right);
    for (const digits of wrongDigits.slice(0, WRONG_ANSWERS_BEFORE_LOCK)) {
      expect((await track(guesser, filed.receiptCode, digits)).status).toBe(404);
    }
    const rightAfterLock = await track(guesser, filed.receiptCode, right);
    expect(rightAfterLock.status).toBe(429);
    expect(rightAfterLock.body).toMatchObject({
      error: 'receipt-locked',
      message: { zh: expect.stringContaining('分钟'), en: expect.stringContaining('locked') },
    });
    expect(Number(rightAfterLock.headers.get('retry-after'))).toBeGreaterThan(50 * 60);
    // From anywhere: the lock is on the receipt, not on the guesser's address or kiosk.
    expect((await track(await startWalkIn(kiosk), filed.receiptCode, right)).status).toBe(429);
    // Rating with the proof is refused the same way.
    const rate = await guesser.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/rate`, {
      receiptCode: filed.receiptCode,
      phoneLast4: right,
      rating: 'very-satisfied',
    });
    expect(rate.status).toBe(429);
  });

  it('an unknown code locks exactly like a real one, so a lock tells nothing about which codes exist', async () => {
    const guesser = new ApiClient(t.base);
    const answers = [];
    for (let i = 0; i <= WRONG_ANSWERS_BEFORE_LOCK; i++) {
      answers.push((await track(guesser, 'ABCDEFGHJKMN', `00${10 + i}`)).status);
    }
    expect(answers).toEqual([...Array(WRONG_ANSWERS_BEFORE_LOCK).fill(404), 429]);
  });

  it('counts lookups per kiosk device, not per walk-in session, and a busy kiosk does not stop its neighbour', async () => {
    const yinzhou = await provisionKiosk(t.base, 'kiosk-yinzhou-01');
    const statuses: number[] = [];
    // A new walk-in session for every lookup: minting sessions must not mint budget.
    for (let i = 0; i < 21; i++) {
      // A different (unknown) code every time, so no receipt lock gets in the way of the count.
      const code = `PQRSTUVWXY${ALPHABET[i] ?? 'Z'}2`;
      const answer = await track(await startWalkIn(yinzhou), code, '1000');
      statuses.push(answer.status);
      if (answer.status === 429) break;
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s !== 429)).toHaveLength(20);
    // The Haishu kiosk shares the address but has its own budget.
    const { filed, phone } = await fileAt();
    expect((await track(await startWalkIn(kiosk), filed.receiptCode, last4(phone))).status).toBe(200);
  });

  it('staff cannot rate with a receipt they can read; the enterprise can, and the event says how it proved itself', async () => {
    const { filed, phone } = await fileAt();
    const [wang, li] = await Promise.all([
      logIn(t.base, DEMO_USERS.serviceStaff),
      logIn(t.base, DEMO_USERS.marketHandler),
    ]);
    await act(wang, filed.requestId, 'hand-off', { toDepartmentId: MARKET_REGULATION, note: '请接收' });
    await act(li, filed.requestId, 'accept');
    await act(li, filed.requestId, 'resolve', { answer: '已办结' });
    const proof = { receiptCode: filed.receiptCode, phoneLast4: last4(phone) };
    for (const staff of [li, wang]) {
      const refused = await staff.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/rate`, {
        ...proof,
        rating: 'very-satisfied',
      });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        error: 'staff-cannot-give-feedback',
        message: { zh: expect.stringContaining('企业'), en: expect.stringContaining('filing enterprise') },
      });
    }
    const byPhone = await new ApiClient(t.base).post(`/api/appeals/requests/${filed.requestId}/rate`, {
      ...proof,
      rating: 'satisfied',
    });
    expect(byPhone.status).toBe(200);
    const rated = (await t.history(filed.requestId)).find((e) => e.type === 'RequestRated');
    expect(rated?.data).toMatchObject({ rating: 'satisfied', proof: 'track-page' });
  });
});
