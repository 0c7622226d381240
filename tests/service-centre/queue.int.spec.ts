import type {
  CounterView,
  QueueSetupView,
  QueueStatsAnswer,
  TicketAnswer,
  VisitPage,
} from '@qinqing/service-centre/contracts';
import { DEMO_KIOSK_DEVICES, DEMO_PASSWORD, demoKioskCredential } from '@qinqing/identity/service';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const CENTRE = '/api/service-centre/queue/centres/centre-haishu';
const COUNTER_1 = `${CENTRE}/counters/counter-1`;

interface Refusal {
  readonly error: string;
  readonly field?: string;
  readonly message: { readonly zh: string; readonly en: string };
}

interface Display {
  readonly callSeq: number;
  readonly calling: readonly { number: string; counter: { zh: string } }[];
  readonly services: readonly { serviceId: string; waiting: number; next: string[] }[];
  readonly waiting: number;
}

/** Reads server-sent events from a stream until one matches (or the time runs out). */
const nextEvent = async (
  reader: ReadableStreamDefaultReader<Uint8Array>,
  buffer: { text: string },
  matches: (display: Display) => boolean,
  timeoutMs: number,
): Promise<Display> => {
  const decoder = new TextDecoder();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const end = buffer.text.indexOf('\n\n');
    if (end >= 0) {
      const block = buffer.text.slice(0, end);
      buffer.text = buffer.text.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (data !== undefined) {
        const display = JSON.parse(data.slice(6)) as Display;
        if (matches(display)) return display;
      }
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new Error('No matching display event in time');
    const chunk = await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('No display event in time')), left),
      ),
    ]);
    if (chunk.done) throw new Error('The event stream ended');
    buffer.text += decoder.decode(chunk.value, { stream: true });
  }
};

/** The walk-in queue over HTTP, on the one-process app with the demo centres set up. */
describe('service centre: walk-in queue over HTTP', () => {
  let server: EmbeddedTestServer;
  let kiosk: HttpClient;
  let staff: HttpClient;
  let supervisor: HttpClient;
  let admin: HttpClient;

  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  const take = (serviceId: string, priority = 'ordinary') =>
    expectStatus<TicketAnswer>(
      `take ${serviceId}`,
      kiosk.post('/api/service-centre/queue/tickets', { serviceId, priority }),
      201,
    );

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    kiosk = new HttpClient(server.baseUrl);
    const device = DEMO_KIOSK_DEVICES.find((d) => d.centreId === 'centre-haishu');
    if (device === undefined) throw new Error('No demo kiosk at centre-haishu');
    await expectStatus(
      'kiosk',
      kiosk.post('/api/kiosk/device-session', { credential: demoKioskCredential(device) }),
      200,
    );
    [staff, supervisor, admin] = await Promise.all([
      logIn('staff.wang'),
      logIn('supervisor.chen'),
      logIn('admin'),
    ]);
  });

  afterAll(() => server.close());

  it('shows the demo centre’s services and counters to its staff and kiosk, and to nobody else’s staff', async () => {
    const view = await expectStatus<QueueSetupView>('setup', kiosk.get(CENTRE), 200);
    expect(view.centre.zh).toBe('海曙区亲清家园');
    expect(view.services.map((s) => `${s.prefix}:${s.serviceId}`)).toEqual([
      'A:filing',
      'B:policy',
      'C:mediation',
      'D:credit',
      'E:party-building',
    ]);
    expect(view.counters.filter((c) => c.open)).toHaveLength(3);
    await expectStatus('staff', staff.get(CENTRE), 200);
    await expectStatus('supervisor', supervisor.get('/api/service-centre/queue/centres/centre-yinzhou'), 200);
    await expectStatus('other centre', staff.get('/api/service-centre/queue/centres/centre-yinzhou'), 403);
    await expectStatus('not a centre', admin.get('/api/service-centre/queue/centres/dept-justice'), 404);
    await expectStatus('anonymous', new HttpClient(server.baseUrl).get(CENTRE), 401);
  });

  it('numbers tickets per service without gaps or repeats, even when kiosks take them at once', async () => {
    const tickets = await Promise.all(Array.from({ length: 8 }, () => take('mediation')));
    expect(tickets.map((t) => t.number).sort()).toEqual([
      'C001',
      'C002',
      'C003',
      'C004',
      'C005',
      'C006',
      'C007',
      'C008',
    ]);
    expect(new Set(tickets.map((t) => t.code)).size).toBe(8);
    for (const t of tickets) expect(t.code).toMatch(/^[A-Z2-9]{10}$/u);
    const party = await take('party-building');
    expect(party).toMatchObject({ number: 'E001', waitingAhead: 0, estimatedWaitMinutes: 0 });
    const behind = await take('party-building');
    // One ahead × the default 8 minutes ÷ one open counter serving it (counter 3; counter 4 is closed).
    expect(behind).toMatchObject({ number: 'E002', waitingAhead: 1, estimatedWaitMinutes: 8 });
  });

  it('refuses bad input with the field, in Chinese and English', async () => {
    const priority = await expectStatus<Refusal>(
      'priority',
      kiosk.post('/api/service-centre/queue/tickets', { serviceId: 'filing', priority: 'vip' }),
      400,
    );
    expect(JSON.stringify(priority)).toContain('priority');
    const service = await expectStatus<Refusal>(
      'service',
      kiosk.post('/api/service-centre/queue/tickets', { serviceId: 'tax' }),
      400,
    );
    expect(service).toMatchObject({ error: 'unknown-service', field: 'serviceId' });
    expect(service.message.zh).toContain('依据');
    await expectStatus(
      'staff cannot take',
      staff.post('/api/service-centre/queue/tickets', { serviceId: 'filing' }),
      403,
    );
    await expectStatus('bad counter id', staff.post(`${CENTRE}/counters/Counter%201/call-next`), 400);
    await expectStatus('bad action', staff.post(`${COUNTER_1}/dance`), 404);
  });

  it('calls the elderly first at one tap, one visitor per counter, and the display follows within a second', async () => {
    const first = await take('filing');
    const second = await take('filing');
    const elderly = await take('filing', 'elderly');
    expect([first.number, second.number, elderly.number]).toEqual(['A001', 'A002', 'A003']);
    expect(elderly.waitingAhead).toBe(2);

    const events = await fetch(`${server.baseUrl}/api/service-centre/queue/display/centre-haishu/events`);
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const reader = events.body?.getReader();
    if (reader === undefined) throw new Error('No event stream');
    const buffer = { text: '' };
    const before = await nextEvent(reader, buffer, () => true, 2000);
    expect(before.services.find((s) => s.serviceId === 'filing')).toMatchObject({
      waiting: 3,
      next: ['A003', 'A001', 'A002'],
    });

    const calledAt = Date.now();
    const called = await expectStatus<CounterView>('call', staff.post(`${COUNTER_1}/call-next`), 200);
    expect(called.current).toMatchObject({ number: 'A003', status: 'called', priority: 'elderly' });
    const shown = await nextEvent(reader, buffer, (d) => d.callSeq > before.callSeq, 1000);
    expect(Date.now() - calledAt).toBeLessThan(1000);
    expect(shown.calling[0]).toMatchObject({ number: 'A003', counter: { zh: '1号窗口' } });
    expect(JSON.stringify(shown)).not.toContain(elderly.code);

    const busy = await expectStatus<Refusal>('busy', staff.post(`${COUNTER_1}/call-next`), 409);
    expect(busy.error).toBe('counter-busy');
    await expectStatus('recall', staff.post(`${COUNTER_1}/recall`), 200);
    const recalled = await nextEvent(reader, buffer, (d) => d.callSeq > shown.callSeq, 1000);
    expect(recalled.calling[0]?.number).toBe('A003');
    await reader.cancel();

    await expectStatus('start', staff.post(`${COUNTER_1}/start`), 200);
    const finished = await expectStatus<CounterView>('finish', staff.post(`${COUNTER_1}/finish`), 200);
    expect(finished.current).toBeNull();
    expect(finished.recentlyFinished[0]?.number).toBe('A003');

    const next = await expectStatus<CounterView>('next', staff.post(`${COUNTER_1}/call-next`), 200);
    expect(next.current?.number).toBe('A001');
    await expectStatus('no-show', staff.post(`${COUNTER_1}/no-show`), 200);

    const third = await expectStatus<CounterView>('third', staff.post(`${COUNTER_1}/call-next`), 200);
    expect(third.current?.number).toBe('A002');
    const moved = await expectStatus<CounterView>(
      'transfer',
      staff.post(`${COUNTER_1}/transfer`, { toCounterId: 'counter-3' }),
      200,
    );
    expect(moved.current).toBeNull();
    const closed = await expectStatus<Refusal>(
      'closed counter',
      staff.post(`${CENTRE}/counters/counter-3/transfer`, { toCounterId: 'counter-4' }),
      409,
    );
    expect(closed.error).toBe('no-current-ticket');
    const atThree = await expectStatus<CounterView>(
      'counter 3 calls the transferred ticket first',
      staff.post(`${CENTRE}/counters/counter-3/call-next`),
      200,
    );
    expect(atThree.current).toMatchObject({ number: 'A002', transferred: true });
    await expectStatus('finish at 3', staff.post(`${CENTRE}/counters/counter-3/finish`), 200);
  });

  it('links what a visit produced, checking requests against the centre’s replica', async () => {
    const visits = await eventually(async () => {
      const page = await staff.get<VisitPage>(`${CENTRE}/visits?limit=100`);
      const a3 = page.body.items?.find((v) => v.number === 'A003');
      return a3?.status === 'finished' ? page.body : undefined;
    });
    const a3 = visits.items.find((v) => v.number === 'A003');
    if (a3 === undefined) throw new Error('A003 is not listed');
    const unknown = await expectStatus<Refusal>(
      'unknown request',
      staff.post(`${CENTRE}/tickets/${a3.ticketId}/outcomes`, {
        kind: 'request',
        refId: '0196ffff-0000-7000-8000-000000000000',
      }),
      400,
    );
    expect(unknown).toMatchObject({ error: 'unknown-request', field: 'refId' });
    await expectStatus(
      'objection',
      staff.post(`${CENTRE}/tickets/${a3.ticketId}/outcomes`, { kind: 'objection', refId: 'OBJ-2026-0042' }),
      201,
    );
    await expectStatus(
      'kind',
      staff.post(`${CENTRE}/tickets/${a3.ticketId}/outcomes`, { kind: 'gift', refId: 'OBJ-2026-0042' }),
      400,
    );
    const listed = await eventually(async () => {
      const page = await supervisor.get<VisitPage>(`${CENTRE}/visits?limit=100`);
      const visit = page.body.items?.find((v) => v.number === 'A003');
      return visit !== undefined && visit.outcomes.length > 0 ? visit : undefined;
    });
    expect(listed.outcomes).toEqual([{ kind: 'objection', refId: 'OBJ-2026-0042', verified: false }]);
    const firstPage = await expectStatus<VisitPage>('page', staff.get(`${CENTRE}/visits?limit=2`), 200);
    expect(firstPage.items).toHaveLength(2);
    const secondPage = await expectStatus<VisitPage>(
      'page 2',
      staff.get(`${CENTRE}/visits?limit=2&after=${firstPage.next}`),
      200,
    );
    expect((secondPage.items[0]?.number ?? '') > (firstPage.items[1]?.number ?? '')).toBe(true);
  });

  it('takes one rating by the ticket’s code, not by its number, and only at a kiosk of the visit’s centre', async () => {
    const ticket = await take('credit');
    const counter2 = `${CENTRE}/counters/counter-2`;
    // Counter 2 serves filing and credit; filing is empty now, so it calls the credit ticket.
    const called = await expectStatus<CounterView>('call', staff.post(`${counter2}/call-next`), 200);
    expect(called.current?.number).toBe(ticket.number);
    const early = await eventually(async () => {
      const answer = await kiosk.post<Refusal>('/api/service-centre/queue/ratings', {
        code: ticket.code,
        rating: 5,
      });
      return answer.status === 409 ? answer.body : undefined;
    });
    expect(early.error).toBe('visit-not-finished');
    await expectStatus('finish', staff.post(`${counter2}/finish`), 200);
    const wrong = await expectStatus<Refusal>(
      'wrong code',
      kiosk.post('/api/service-centre/queue/ratings', { code: 'ABCDEFGHJK', rating: 5 }),
      404,
    );
    expect(wrong).toMatchObject({ error: 'wrong-ticket-code', field: 'code' });
    // Another centre's kiosk gets the very answer an unknown code gets: it cannot tell the code exists.
    const yinzhouKiosk = new HttpClient(server.baseUrl);
    const yinzhou = DEMO_KIOSK_DEVICES.find((d) => d.centreId === 'centre-yinzhou');
    if (yinzhou === undefined) throw new Error('No demo kiosk at centre-yinzhou');
    await expectStatus(
      'yinzhou kiosk',
      yinzhouKiosk.post('/api/kiosk/device-session', { credential: demoKioskCredential(yinzhou) }),
      200,
    );
    const elsewhere = await expectStatus<Refusal>(
      'rated at another centre',
      yinzhouKiosk.post('/api/service-centre/queue/ratings', { code: ticket.code, rating: 1 }),
      404,
    );
    const withoutCorrelation = ({ correlationId: _, ...rest }: Refusal & { correlationId?: string }) => rest;
    expect(withoutCorrelation(elsewhere)).toEqual(withoutCorrelation(wrong));
    await expectStatus(
      'number is not a code',
      kiosk.post('/api/service-centre/queue/ratings', { code: ticket.number, rating: 5 }),
      400,
    );
    await expectStatus(
      'rate',
      kiosk.post('/api/service-centre/queue/ratings', { code: ticket.code.toLowerCase(), rating: 4 }),
      200,
    );
    const again = await expectStatus<Refusal>(
      'again',
      kiosk.post('/api/service-centre/queue/ratings', { code: ticket.code, rating: 1 }),
      409,
    );
    expect(again.error).toBe('already-rated');
  });

  it('keeps waiting and service times per centre, service and hour for the manager', async () => {
    const stats = await eventually(async () => {
      const answer = await staff.get<QueueStatsAnswer>('/api/service-centre/queue/stats');
      const credit = answer.body.rows?.filter((r) => r.serviceId === 'credit') ?? [];
      return credit.reduce((sum, r) => sum + r.ratings, 0) >= 2 ? answer.body : undefined;
    });
    expect(stats.centreId).toBe('centre-haishu');
    // Yesterday's demo visits: filing at 09:05 (4 min wait) and 09:20 (2 min wait).
    // Today's visits land in the hour they were taken: skip the check when that is 09:00–09:59 China time.
    if ((new Date().getUTCHours() + 8) % 24 !== 9) {
      const nine = stats.rows.find((r) => r.serviceId === 'filing' && r.hour === 9);
      expect(nine).toMatchObject({
        visits: 2,
        meanWaitSeconds: 180,
        p90WaitSeconds: 300,
        meanServiceSeconds: 810,
        ratings: 2,
        meanRating: 4.5,
      });
    }
    for (const row of stats.rows) expect(row.centreId).toBe('centre-haishu');
    await expectStatus(
      'other centre',
      staff.get('/api/service-centre/queue/stats?centreId=centre-yinzhou'),
      403,
    );
    const all = await expectStatus<QueueStatsAnswer>(
      'all',
      supervisor.get('/api/service-centre/queue/stats'),
      200,
    );
    expect(all.centreId).toBeNull();
  });

  it('lets an administrator add a service and a counter; refuses a taken prefix', async () => {
    const view = await expectStatus<QueueSetupView>(
      'service',
      admin.put(`${CENTRE}/services/registration`, {
        name: { zh: '企业登记', en: 'Registration' },
        prefix: 'f',
      }),
      200,
    );
    expect(view.services.find((s) => s.serviceId === 'registration')?.prefix).toBe('F');
    const taken = await expectStatus<Refusal>(
      'prefix',
      admin.put(`${CENTRE}/services/tax`, { name: { zh: '税务', en: 'Tax' }, prefix: 'A' }),
      400,
    );
    expect(taken).toMatchObject({ error: 'prefix-taken', field: 'prefix' });
    await expectStatus(
      'counter',
      admin.put(`${CENTRE}/counters/counter-5`, {
        name: { zh: '5号窗口', en: 'Counter 5' },
        serviceIds: ['registration'],
      }),
      200,
    );
    await expectStatus(
      'supervisor cannot',
      supervisor.put(`${CENTRE}/counters/counter-5`, { name: { zh: 'x', en: 'x' }, serviceIds: ['filing'] }),
      403,
    );
  });

  it('serves the public hall display as JSON for any centre, without codes', async () => {
    const answer = await fetch(`${server.baseUrl}/api/service-centre/queue/display/centre-haishu`);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as Display & { centre: { zh: string } };
    expect(body.centre.zh).toBe('海曙区亲清家园');
    expect(body.calling.length).toBeGreaterThan(0);
    expect((await fetch(`${server.baseUrl}/api/service-centre/queue/display/nowhere`)).status).toBe(404);
  });
});
