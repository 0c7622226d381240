import { DEFAULT_APPEALS_POLICY } from '@qinqing/appeals/domain';
import { CREDIT_CODE_CHARSET } from '@qinqing/shared/chinese-ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type ErrorBody } from '../test-setup/api-client';
import {
  CENTRE_HAISHU,
  DEMO_USERS,
  identifyWalkIn,
  logIn,
  MARKET_REGULATION,
  provisionKiosk,
  startWalkIn,
} from '../test-setup/actors';
import {
  type AppealsTestApp,
  appealsTestBackends,
  chinaTime,
  startAppealsTestApp,
} from '../test-setup/appeals-test-app';
import {
  act,
  creditCodeFor,
  fileRequest,
  last4,
  requestBody,
  type Submitted,
  testEnterprise,
} from '../test-setup/requests';

/** A well-formed request id that names no request. */
const NO_SUCH_REQUEST = '01960000-0000-7000-8000-00000000dead';

const fieldProblem = (body: ErrorBody, field: string) => body.fields?.find((f) => f.field === field);

/** Both languages present, and not the same text: a message a person can read in either. */
const bilingual = { zh: expect.stringMatching(/\p{Script=Han}/u), en: expect.stringMatching(/[A-Za-z]/u) };

/**
 * Bad input is a 400 naming each field in Chinese and English, a refused transition a 409 saying why, an
 * unknown or malformed id a 404 or 400 — never a 500 (docs/architecture.md, "Operations").
 */
// Validation does not depend on the store (the store suites run on both): the embedded one is enough.
describe.each(appealsTestBackends(null))('request validation over $name', (backend) => {
  let t: AppealsTestApp;
  let wang: ApiClient;
  let li: ApiClient;
  let supervisor: ApiClient;
  let admin: ApiClient;
  let walkIn: ApiClient;
  const enterprise = testEnterprise('4321');
  /** Accepted by market regulation (in progress). */
  let inProgress: Submitted;
  /** Handed to market regulation, not yet accepted. */
  let awaiting: Submitted;

  const submit = (body: unknown) => wang.post<ErrorBody>('/api/appeals/requests', body);

  beforeAll(async () => {
    t = await startAppealsTestApp(backend, { now: chinaTime('2026-06-01') });
    [wang, li, supervisor, admin] = await Promise.all([
      logIn(t.base, DEMO_USERS.serviceStaff),
      logIn(t.base, DEMO_USERS.marketHandler),
      logIn(t.base, DEMO_USERS.supervisor),
      logIn(t.base, DEMO_USERS.administrator),
    ]);
    walkIn = await identifyWalkIn(
      await startWalkIn(await provisionKiosk(t.base)),
      enterprise,
      t.walkInProofs,
    );
    inProgress = await fileRequest(walkIn, requestBody(enterprise));
    await act(wang, inProgress.requestId, 'hand-off', {
      toDepartmentId: MARKET_REGULATION,
      note: '请接收',
    });
    await act(li, inProgress.requestId, 'accept');
    awaiting = await fileRequest(wang, requestBody(testEnterprise()));
    await act(wang, awaiting.requestId, 'hand-off', { toDepartmentId: MARKET_REGULATION, note: '请接收' });
    // Receipts are looked up in the requests read model.
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('the submission body', () => {
    it('a walk-in marking its own request urgent: 400 on priority, the rule named; staff may', async () => {
      const answer = await walkIn.post<ErrorBody>(
        '/api/appeals/requests',
        requestBody(enterprise, { priority: 'urgent' }),
      );
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        error: 'priority-set-by-staff',
        field: 'priority',
        message: bilingual,
        rule: { rule: 'first-contact' },
      });
      expect((await submit(requestBody(testEnterprise(), { priority: 'urgent' }))).status).toBe(201);
    });

    it('a wrong check character: 400 on enterprise.creditCode naming the expected character in both languages', async () => {
      const valid = creditCodeFor('MA2H5K7P');
      const expected = valid.charAt(17);
      const wrong = [...CREDIT_CODE_CHARSET].find((c) => c !== expected) as string;
      const answer = await submit(
        requestBody(enterprise, {
          enterprise: { creditCode: `${valid.slice(0, 17)}${wrong}`, name: '某公司' },
        }),
      );
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'validation-failed', message: bilingual });
      expect(answer.body.fields).toHaveLength(1);
      expect(fieldProblem(answer.body, 'enterprise.creditCode')?.message).toEqual({
        zh: expect.stringContaining(`第18位校验码应为“${expected}”，输入的是“${wrong}”`),
        en: expect.stringContaining(`should be “${expected}”, not “${wrong}”`),
      });
      // The same code with the right check character is accepted (normalised: lower case and spaces forgiven).
      const fixed = await submit(
        requestBody(enterprise, { enterprise: { creditCode: ` ${valid.toLowerCase()} `, name: '某公司' } }),
      );
      expect(fixed.status).toBe(201);
    });

    it.each([
      ['1381234567', '还差1位'],
      ['123456789012', '13 至 19 开头'],
      ['138-1234-567a', '只能是数字'],
      ['', '请输入11位手机号码'],
    ])('a bad phone %j: 400 on contact.phone (%s)', async (phone, zh) => {
      const answer = await submit(requestBody(enterprise, { contact: { name: '张三', phone } }));
      expect(answer.status).toBe(400);
      expect(fieldProblem(answer.body, 'contact.phone')?.message).toEqual({
        zh: expect.stringContaining(zh),
        en: expect.stringMatching(/[A-Za-z]/u),
      });
    });

    it('missing fields: every one named, optional ones not', async () => {
      const empty = await submit({});
      expect(empty.status).toBe(400);
      expect(empty.body.fields?.map((f) => f.field).sort()).toEqual([
        'category',
        'contact',
        'description',
        'enterprise',
        'title',
      ]);
      for (const problem of empty.body.fields ?? []) expect(problem.message).toEqual(bilingual);

      const nested = await submit({
        ...requestBody(enterprise),
        enterprise: {},
        contact: { phone: enterprise.phone },
      });
      expect(nested.body.fields?.map((f) => f.field).sort()).toEqual([
        'contact.name',
        'enterprise.creditCode',
        'enterprise.name',
      ]);
      const blank = await submit(requestBody(enterprise, { title: '   ' }));
      expect(fieldProblem(blank.body, 'title')?.message).toEqual({
        zh: '请填写标题',
        en: 'Title is required',
      });
    });

    it('over-long text: the limit and the field, in both languages', async () => {
      const title = await submit(requestBody(enterprise, { title: '长'.repeat(101) }));
      expect(title.status).toBe(400);
      expect(fieldProblem(title.body, 'title')?.message).toEqual({
        zh: '标题不能超过100字',
        en: 'Title cannot exceed 100 characters',
      });
      const description = await submit(requestBody(enterprise, { description: 'x'.repeat(4001) }));
      expect(fieldProblem(description.body, 'description')?.message.en).toBe(
        'Description cannot exceed 4000 characters',
      );
      // Exactly at the limit is fine.
      expect((await submit(requestBody(enterprise, { title: '长'.repeat(100) }))).status).toBe(201);
      const reply = await li.post<ErrorBody>(`/api/appeals/requests/${inProgress.requestId}/reply`, {
        message: '答'.repeat(4001),
      });
      expect(reply.status).toBe(400);
      expect(fieldProblem(reply.body, 'message')?.message.zh).toBe('答复内容不能超过4000字');
    });

    it('an unknown category, priority or channel is a 400 on that field', async () => {
      const answer = await submit({
        ...requestBody(enterprise),
        category: 'weather',
        priority: 'asap',
        channel: 'fax',
      });
      expect(answer.status).toBe(400);
      expect(answer.body.fields?.map((f) => f.field).sort()).toEqual(['category', 'channel', 'priority']);
      expect(fieldProblem(answer.body, 'category')?.message).toEqual(bilingual);
    });
  });

  describe('ids in the path', () => {
    it.each([
      ['GET', 'not-a-uuid'],
      ['GET', '12345'],
      ['GET', '%00'],
      ['GET', 'x'.repeat(300)],
      ['POST', 'not-a-uuid/accept'],
      ['POST', "1' OR '1'='1/reply"],
    ])('a malformed id (%s %s) is a 400 naming it, not a 500', async (method, path) => {
      const answer = await li.send<ErrorBody>(
        method,
        `/api/appeals/requests/${path}`,
        method === 'POST' ? { message: 'x' } : undefined,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.fields?.[0]?.message).toEqual({
        zh: '诉求编号格式不正确',
        en: 'The request id is malformed',
      });
    });

    it('an unknown id is a 404 for reading and for acting', async () => {
      const read = await supervisor.get<ErrorBody>(`/api/appeals/requests/${NO_SUCH_REQUEST}`);
      expect(read.status).toBe(404);
      expect(read.body).toMatchObject({
        error: 'request-not-found',
        message: { zh: '未找到该诉求', en: 'No such request' },
      });
      const accept = await li.post<ErrorBody>(`/api/appeals/requests/${NO_SUCH_REQUEST}/accept`);
      expect(accept.status).toBe(404);
      const rate = await new ApiClient(t.base).post<ErrorBody>(
        `/api/appeals/requests/${NO_SUCH_REQUEST}/rate`,
        {
          receiptCode: inProgress.receiptCode,
          phoneLast4: last4(enterprise.phone),
          rating: 'satisfied',
        },
      );
      // A receipt for another request proves nothing about this one.
      expect(rate.status).toBe(401);
      expect(rate.body.error).toBe('receipt-proof-required');
    });
  });

  describe('refused transitions and references', () => {
    it('accepting a request already in progress: 409 naming the state', async () => {
      const answer = await li.post<ErrorBody>(`/api/appeals/requests/${inProgress.requestId}/accept`);
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({
        error: 'invalid-transition',
        message: {
          zh: '诉求当前状态为“办理中”，不能签收',
          en: 'Cannot accept the request: the request is in progress',
        },
      });
    });

    it('resolving before accepting, rating before an answer, a second extension: 409 each with its reason', async () => {
      const resolve = await li.post<ErrorBody>(`/api/appeals/requests/${awaiting.requestId}/resolve`, {
        answer: '办结',
      });
      expect(resolve.status).toBe(409);
      expect(resolve.body.message.zh).toBe('诉求当前状态为“已转办，待部门签收”，不能办结');

      const rate = await walkIn.post<ErrorBody>(`/api/appeals/requests/${inProgress.requestId}/rate`, {
        rating: 'satisfied',
      });
      expect(rate.status).toBe(409);
      expect(rate.body).toMatchObject({
        error: 'invalid-transition',
        message: { en: 'Cannot rate the request: the request is in progress' },
      });

      expect(
        (
          await supervisor.post(`/api/appeals/requests/${inProgress.requestId}/extension`, {
            reason: '案情复杂',
          })
        ).status,
      ).toBe(200);
      const again = await supervisor.post<ErrorBody>(
        `/api/appeals/requests/${inProgress.requestId}/extension`,
        {
          reason: '再次延期',
        },
      );
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ error: 'extension-already-granted', message: bilingual });
    });

    it('a hand-off must name a registered department, not a typo or a centre', async () => {
      const filed = await fileRequest(wang, requestBody(testEnterprise()));
      for (const toDepartmentId of ['dept-market-regulaton', CENTRE_HAISHU]) {
        const answer = await wang.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/hand-off`, {
          toDepartmentId,
          note: '请接收',
        });
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({
          error: 'unknown-department',
          field: 'toDepartmentId',
          message: bilingual,
        });
        // Names, never an internal id, in a Chinese message; the id the caller sent is in the English one.
        expect(answer.body.message.zh).not.toContain(toDepartmentId);
        expect(answer.body.message.en).toContain(toDepartmentId);
      }
      const sameUnit = await wang.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/hand-off`, {
        toDepartmentId: MARKET_REGULATION,
        note: '请接收',
      });
      expect(sameUnit.status).toBe(200);
      expect((await t.history(filed.requestId)).map((e) => e.type)).toEqual([
        'RequestSubmitted',
        'RequestHandedOff',
      ]);
    });

    it('a duplicate needs an existing open original of the same enterprise (issue 9 item 5)', async () => {
      const enterprise = testEnterprise();
      const filed = await fileRequest(wang, requestBody(enterprise));
      const duplicateOf = (originalRequestId: string) =>
        wang.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/duplicate-of`, { originalRequestId });
      const missing = await duplicateOf('01960000-0000-7000-8000-00000000dead');
      expect(missing.status).toBe(400);
      expect(missing.body).toMatchObject({
        error: 'original-not-found',
        field: 'originalRequestId',
        rule: { rule: 'duplicate' },
      });
      const someoneElses = await fileRequest(wang, requestBody(testEnterprise()));
      expect((await duplicateOf(someoneElses.requestId)).body).toMatchObject({
        error: 'original-of-another-enterprise',
      });
      const original = await fileRequest(wang, requestBody(enterprise));
      expect((await duplicateOf(original.requestId)).status).toBe(200);
      expect((await t.history(filed.requestId)).map((e) => e.type)).toEqual([
        'RequestSubmitted',
        'MarkedDuplicate',
        'RequestClosed',
      ]);
    });

    it('the default owner in the policy must be a registered department', async () => {
      const answer = await admin.put<ErrorBody>('/api/appeals/policy', {
        reason: '调整兜底单位',
        policy: { ...DEFAULT_APPEALS_POLICY, defaultOwnerUnitId: 'unit-nobody' },
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        error: 'unknown-department',
        field: 'policy.defaultOwnerUnitId',
      });
      const limits = await admin.put<ErrorBody>('/api/appeals/policy', {
        reason: '调整时限',
        policy: {
          ...DEFAULT_APPEALS_POLICY,
          defaults: { ...DEFAULT_APPEALS_POLICY.defaults, acceptWithin: 0 },
        },
      });
      expect(limits.status).toBe(400);
      expect(limits.body).toMatchObject({
        error: 'invalid-appeals-policy',
        field: 'defaults.acceptWithin',
      });
    });

    it('a joint meeting on an impossible date is a 400 on scheduledOn', async () => {
      for (const scheduledOn of ['0000-01-01', '2026-02-30']) {
        const answer = await li.post<ErrorBody>(
          `/api/appeals/requests/${inProgress.requestId}/joint-meetings`,
          {
            meetingId: 'jm-bad-date',
            meetingTitle: '联席会议',
            scheduledOn,
          },
        );
        expect(answer.status).toBe(400);
        expect(answer.body.field ?? answer.body.fields?.[0]?.field).toBe('scheduledOn');
      }
    });
  });

  describe('the working-day calendar', () => {
    it('answers 2026 from the notice, 2027 provisionally, and 422 only outside the supported years', async () => {
      // Mon 06-01 + 5 working days: 06-02..06-05, 06-08.
      const known = await fetch(`${t.base}/api/calendar/add-working-days?from=2026-06-01&days=5`);
      expect(await known.json()).toMatchObject({ date: '2026-06-08', provisional: false });
      for (const query of ['from=2027-03-01&days=5', 'from=2026-12-24&days=10']) {
        const answer = await fetch(`${t.base}/api/calendar/add-working-days?${query}`);
        expect(answer.status).toBe(200);
        expect(await answer.json()).toMatchObject({ provisional: true, provisionalYears: [2027] });
      }
      const outside = await fetch(`${t.base}/api/calendar/add-working-days?from=2100-03-01&days=5`);
      expect(outside.status).toBe(422);
      expect(await outside.json()).toMatchObject({
        error: 'schedule-not-loaded',
        message: { zh: expect.stringContaining('2100年'), en: expect.stringContaining('2100') },
      });
    });
  });

  describe('malformed and junk input', () => {
    const notJson = {
      zh: '请求内容不是有效的 JSON，请检查后重试',
      en: 'The request body is not valid JSON; check it and try again',
    };
    // JSON all the same, but a bare value: the answer says an object is taken, not that it is not JSON.
    const bareValue = {
      zh: '请求内容须为 JSON 对象（或数组），不能是单独的值',
      en: 'The request body must be a JSON object (or array), not a bare value',
    };
    it.each([
      ['/api/appeals/requests', '{"enterprise":', notJson],
      ['/api/appeals/track', '{receiptCode: ABC}', notJson],
      [`/api/appeals/requests/${NO_SUCH_REQUEST}/reply`, '[1,2', notJson],
      ['/api/appeals/requests', 'null', bareValue],
      ['/api/appeals/requests', '42', bareValue],
      ['/api/appeals/requests', '"申请"', bareValue],
    ])('%s with body %s is a bilingual 400 naming the body', async (path, text, message) => {
      const answer = await li.send<ErrorBody>('POST', path, text);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        error: 'malformed-request',
        field: 'body',
        message,
        correlationId: expect.any(String),
      });
    });

    it('never echoes the parser’s words or fragments of the body', async () => {
      const secret = '{"enterprise": {"name": "SECRET-FRAGMENT-4711" ';
      const answer = await wang.send<ErrorBody>('POST', '/api/appeals/requests', secret);
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).not.toMatch(/SECRET|JSON at position|Unexpected|Expected/u);
    });

    it('an anonymous 8 KB body of 4,000 nested arrays is a 400 naming the body, not a 500', async () => {
      const nested = `${'['.repeat(4000)}${']'.repeat(4000)}`;
      const anonymous = new ApiClient(t.base);
      for (const path of ['/api/appeals/track', '/api/auth/login', '/api/appeals/requests']) {
        const answer = await anonymous.send<ErrorBody>('POST', path, nested);
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({ error: 'body-too-deep', field: 'body', message: bilingual });
      }
      const inAField = await submit({ ...requestBody(enterprise), title: JSON.parse(nested) });
      expect(inAField.status).toBe(400);
    });

    it('no junk body at any POST (or PUT) endpoint gets a 5xx', async () => {
      const id = inProgress.requestId;
      const anonymous = new ApiClient(t.base);
      const endpoints: [ApiClient, string, string][] = [
        [wang, 'POST', '/api/appeals/requests'],
        [walkIn, 'POST', '/api/appeals/requests'],
        [anonymous, 'POST', '/api/appeals/track'],
        [wang, 'POST', `/api/appeals/requests/${awaiting.requestId}/hand-off`],
        ...['accept', 'send-back'].map((a): [ApiClient, string, string] => [
          li,
          'POST',
          `/api/appeals/requests/${awaiting.requestId}/${a}`,
        ]),
        ...[
          'reply',
          'pause',
          'resume',
          'resolve',
          'escalate',
          'inform',
          'duplicate-of',
          'joint-meetings',
          'joint-meetings/outcome',
        ].map((a): [ApiClient, string, string] => [li, 'POST', `/api/appeals/requests/${id}/${a}`]),
        ...['extension', 'supervision/rehandling', 'supervision/notes', 'supervision/close'].map(
          (a): [ApiClient, string, string] => [supervisor, 'POST', `/api/appeals/requests/${id}/${a}`],
        ),
        [walkIn, 'POST', `/api/appeals/requests/${id}/rate`],
        [anonymous, 'POST', `/api/appeals/requests/${id}/reopen`],
        [admin, 'PUT', '/api/appeals/policy'],
        [admin, 'POST', '/api/calendar/schedules'],
        [li, 'POST', `/api/appeals/requests/${NO_SUCH_REQUEST}/reply`],
      ];
      let nested: unknown = 'deep';
      for (let i = 0; i < 500; i++) nested = i % 2 === 0 ? { a: nested } : [nested];
      const everyField = {
        enterprise: 'x',
        contact: [],
        category: {},
        title: 1e308,
        description: true,
        channel: null,
        priority: 7,
        toDepartmentId: '../../etc/passwd',
        note: { $gt: '' },
        reason: ['a'],
        message: -0,
        answer: 12,
        upperLevelUnit: null,
        upperLevelReference: {},
        basis: [],
        rating: 'best',
        comment: 1,
        receiptCode: 'DROP TABLE',
        phoneLast4: 1234,
        orderId: "' OR 1=1 --",
        instruction: '',
        meetingId: '💥',
        meetingTitle: 'x'.repeat(5000),
        scheduledOn: '2026-13-45',
        outcome: {},
        originalRequestId: '*',
        policy: 'strict',
        year: '2027',
        source: 1,
        holidays: 'none',
        makeUpWorkingDays: {},
        replace: 'yes',
      };
      const junk: unknown[] = [
        null,
        [],
        [1, 2, 3],
        'text',
        42,
        true,
        {},
        { a: 1 },
        nested,
        everyField,
        Object.fromEntries(Object.keys(everyField).map((k) => [k, 'x'.repeat(20_000)])),
        Object.fromEntries(Object.keys(everyField).map((k) => [k, '  ﻿\u200b\t\n  '])),
        Object.fromEntries(Object.keys(everyField).map((k) => [k, '𠮷野家👨‍👩‍👧‍👦<script>alert(1)</script>'])),
        Object.fromEntries(Object.keys(everyField).map((k) => [k, 'nul\u0000and\ud800half'])),
        {
          ...requestBody(enterprise),
          enterprise: { creditCode: 'Ｘ'.repeat(18), name: 'n' },
          contact: { name: 'n', phone: '+86 ١٣٨١٢٣٤٥٦٧٨' },
        },
        {
          reason: 'ok',
          policy: { ...DEFAULT_APPEALS_POLICY, reminderAt: 1e308, overrides: Array(40).fill({}) },
        },
        {
          year: 2027,
          source: { title: 't', documentNumber: 'd', publishedOn: '2026-11-01' },
          holidays: [{ name: 'x', dates: ['2027-02-30'] }],
          makeUpWorkingDays: ['2027-13-01'],
        },
      ];
      const raw = [
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        '{"a":1,"a":2}',
        '"',
        '1e999999',
        ' ',
      ];
      const fiveHundreds: string[] = [];
      for (const [client, method, path] of endpoints) {
        for (const body of [...junk, ...raw]) {
          const answer = await client.send(method, path, body);
          if (answer.status >= 500)
            fiveHundreds.push(`${method} ${path} ${JSON.stringify(body).slice(0, 80)} → ${answer.status}`);
        }
        const wrongType = await client.send(method, path, undefined, { 'content-type': 'text/plain' });
        if (wrongType.status >= 500) fiveHundreds.push(`${method} ${path} text/plain → ${wrongType.status}`);
      }
      expect(fiveHundreds).toEqual([]);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('no junk query string on a GET endpoint gets a 5xx', async () => {
      const queries = [
        '/api/appeals/requests?status=lost&category=x&overdue=maybe&page=-1&pageSize=0',
        '/api/appeals/requests?page=1e400&pageSize=1e3',
        '/api/appeals/requests?page=100000000000000&departmentId=dept%27%3B--',
        '/api/appeals/requests?status[]=received&status[]=closed',
        '/api/appeals/rates?from=2026-12-31&to=2026-01-01',
        '/api/appeals/rates?from=yesterday&to=',
        '/api/appeals/rates',
        '/api/appeals/open311/requests.json?start_date=2026-01-01&end_date=tomorrow&status=maybe',
        '/api/appeals/open311/requests.json?start_date=2026-01-01T00:00:00%2B99:00',
        '/api/calendar/add-working-days?from=0000-01-01&days=1',
        '/api/appeals/requests?category=%00&channel=%ED%A0%80',
        '/api/calendar/add-working-days?from=2026-06-01&days=1e9',
        '/api/calendar/add-working-days?from=2026-06-01&days=-3',
        '/api/calendar/working-days?from=2026-06-09&to=2026-06-01',
      ];
      const fiveHundreds: string[] = [];
      for (const query of queries) {
        const answer = await supervisor.get(query);
        if (answer.status >= 500) fiveHundreds.push(`${query} → ${answer.status}`);
        else expect(answer.status, query).toBeLessThan(500);
      }
      expect(fiveHundreds).toEqual([]);
    });
  });

  /** Input the database cannot store or mean (NUL, half a surrogate pair, year 0) is a 400, never a 500. */
  describe('unstorable and implausible input', () => {
    it('refuses a NUL character in any text with a 400 naming the field', async () => {
      const answer = await submit(requestBody(enterprise, { title: '经营\u0000场所' }));
      expect(answer.status).toBe(400);
      // Shaped as every other refusal of bad input: `field` names it, `fields` says what is wrong with it.
      expect(answer.body).toMatchObject({
        error: 'validation-failed',
        field: 'title',
        fields: [{ field: 'title', code: 'unstorable-character' }],
      });
    });

    it('refuses a lone UTF-16 surrogate in a submission', async () => {
      const answer = await submit(requestBody(enterprise, { title: '经营\ud800场所' }));
      expect(answer.status).toBe(400);
    });

    it.each([
      ['a right-to-left override', '发票\u202Eexe.txt', 'U+202E'],
      ['a bidi isolate', '经营\u2066场所\u2069', 'U+2066'],
      ['an ANSI escape', '\u001b[31m红色标题\u001b[0m', 'U+001B'],
      ['a BEL', '经营场所\u0007', 'U+0007'],
      ['a carriage return', '经营\r场所', 'U+000D'],
      ['DEL', '经营\u007f场所', 'U+007F'],
      ['a C1 control', '经营\u0085场所', 'U+0085'],
      ['the noncharacter U+FFFF', '经营\uffff场所', 'U+FFFF'],
      ['a plane-16 noncharacter', '经营\u{10FFFF}场所', 'U+10FFFF'],
    ])('refuses %s in a title with a 400 naming the field and the character', async (_what, title, code) => {
      const answer = await submit(requestBody(enterprise, { title }));
      expect(answer.status).toBe(400);
      expect(fieldProblem(answer.body, 'title')?.message).toMatchObject({
        zh: expect.stringContaining(code),
        en: expect.stringContaining(code),
      });
    });

    it('refuses text in which nothing is visible, and keeps tabs, newlines and emoji', async () => {
      for (const title of ['\u200b\u200b\u200b', '\u200d\ufeff\u2060', '\u3000 \u00a0']) {
        const answer = await submit(requestBody(enterprise, { title }));
        expect(answer.status).toBe(400);
        expect(fieldProblem(answer.body, 'title')).toBeDefined();
      }
      const fine = await submit(
        requestBody(enterprise, {
          title: '厂房\t消防验收 👷‍♀️',
          description: '第一行\n第二行（ZWJ 表情 👨‍👩‍👧 可以）',
        }),
      );
      expect(fine.status).toBe(201);
      const comment = await walkIn.post<ErrorBody>(`/api/appeals/requests/${inProgress.requestId}/rate`, {
        rating: 'satisfied',
        comment: '\u200b',
      });
      expect(comment.status).toBe(400);
      expect(fieldProblem(comment.body, 'comment')).toBeDefined();
    });

    it('refuses an Idempotency-Key reused with a different body with a 422 naming the key', async () => {
      const key = 'validation-reuse-0001';
      const body = requestBody(enterprise);
      const first = await wang.post<{ requestId: string }>('/api/appeals/requests', body, {
        'Idempotency-Key': key,
      });
      expect(first.status).toBe(201);
      const same = await wang.post<{ requestId: string }>('/api/appeals/requests', body, {
        'Idempotency-Key': key,
      });
      expect(same.status).toBe(201);
      expect(same.body.requestId).toBe(first.body.requestId);
      const other = await wang.post<ErrorBody>(
        '/api/appeals/requests',
        { ...body, title: '另一件事' },
        { 'Idempotency-Key': key },
      );
      expect(other.status).toBe(422);
      expect(other.body).toMatchObject({
        error: 'idempotency-key-reused',
        field: 'Idempotency-Key',
        message: { zh: expect.stringContaining(key), en: expect.stringContaining(key) },
      });
      // Key order is not a different body.
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      expect((await wang.post('/api/appeals/requests', reordered, { 'Idempotency-Key': key })).status).toBe(
        201,
      );
    });

    it('refuses a NUL character in a list filter', async () => {
      const answer = await supervisor.get('/api/appeals/requests?departmentId=dept%00');
      expect(answer.status).toBe(400);
    });

    it('refuses year 0000 in the rates period', async () => {
      const answer = await supervisor.get('/api/appeals/rates?from=0000-01-01&to=2026-12-31');
      expect(answer.status).toBe(400);
    });

    it('refuses year 0000 in the Open311 start_date', async () => {
      const answer = await supervisor.get(
        '/api/appeals/open311/requests.json?start_date=0000-01-01T00:00:00Z',
      );
      expect(answer.status).toBe(400);
    });

    it('bounds an Open311 search as GeoReport v2 says: 90 days at most, ids and service codes as lists', async () => {
      const open311 = '/api/appeals/open311/requests.json';
      const tooLong = await supervisor.get<ErrorBody>(
        `${open311}?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z`,
      );
      expect(tooLong.status).toBe(400);
      expect(tooLong.body, JSON.stringify(tooLong.body)).toMatchObject({
        fields: [{ field: 'query.end_date', message: bilingual }],
      });
      const unknownCode = await supervisor.get<ErrorBody>(`${open311}?service_code=potholes`);
      expect(unknownCode.status).toBe(400);
      const byId = await supervisor.get<{ service_request_id: string }[]>(
        `${open311}?service_request_id=${inProgress.requestId},${NO_SUCH_REQUEST}`,
      );
      expect(byId.body.map((r) => r.service_request_id)).toEqual([inProgress.requestId]);
      const recent = await supervisor.get<{ service_request_id: string; service_code: string }[]>(
        `${open311}?service_code=market-order,policy`,
      );
      expect(recent.body.map((r) => r.service_request_id)).toContain(inProgress.requestId);
      expect(recent.body.every((r) => ['market-order', 'policy'].includes(r.service_code))).toBe(true);
      const longAgo = await supervisor.get<unknown[]>(`${open311}?end_date=2020-01-01T00:00:00Z`);
      expect(longAgo.body).toEqual([]);
    });

    it('refuses year 0000 in /api/calendar/working-days', async () => {
      const answer = await supervisor.get('/api/calendar/working-days?from=0000-01-01&to=2026-01-01');
      expect(answer.status).toBe(400);
    });
  });
});
