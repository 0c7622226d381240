import type { RequestSummary } from '@qinqing/appeals/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient, ErrorBody } from '../../../test-setup/api-client';
import {
  DEMO_USERS,
  logIn,
  MARKET_REGULATION,
  provisionKiosk,
  startWalkIn,
} from '../../../test-setup/actors';
import {
  type AppealsTestApp,
  appealsTestBackends,
  chinaTime,
  startAppealsTestApp,
} from '../../../test-setup/appeals-test-app';
import { act, fileRequest, requestBody, type Submitted, testEnterprise } from '../../../test-setup/requests';

interface ListAnswer {
  readonly items: RequestSummary[];
  readonly total: number;
  readonly totalCapped: boolean;
  readonly nextCursor: string | null;
}

/**
 * Finding requests in the console: by receipt code (the receiving centre only), credit code, part of the
 * enterprise name, contact phone (the staff who handle the request only), page after page by keyset; and the
 * CSV exports of the list and the rates, safe to open in a spreadsheet.
 */
describe.each(appealsTestBackends(inject('databaseUrl')))(
  'request search and export over $name',
  (backend) => {
    let t: AppealsTestApp;
    let wang: ApiClient;
    let li: ApiClient;
    let zhao: ApiClient;
    let supervisor: ApiClient;
    let handedOff: Submitted;
    let kept: Submitted;
    const enterprise = { ...testEnterprise('5678'), name: '=HYPERLINK("http://x")甬创搜索测试有限公司' };
    const other = testEnterprise('4321');

    beforeAll(async () => {
      t = await startAppealsTestApp(backend, { now: chinaTime('2026-06-01') });
      const kiosk = await provisionKiosk(t.base);
      [wang, li, zhao, supervisor] = await Promise.all([
        logIn(t.base, DEMO_USERS.serviceStaff),
        logIn(t.base, DEMO_USERS.marketHandler),
        logIn(t.base, DEMO_USERS.hrHandler),
        logIn(t.base, DEMO_USERS.supervisor),
      ]);
      handedOff = await fileRequest(await startWalkIn(kiosk), requestBody(enterprise));
      kept = await fileRequest(await startWalkIn(kiosk), requestBody(other));
      await act(wang, handedOff.requestId, 'hand-off', { toDepartmentId: MARKET_REGULATION, note: '请办理' });
      await t.settle();
    });
    afterAll(async () => {
      await t?.close();
    });

    const list = async (client: ApiClient, query: string) => {
      const answer = await client.get<ListAnswer & ErrorBody>(`/api/appeals/requests?${query}`);
      return answer;
    };
    const ids = async (client: ApiClient, query: string) =>
      (await list(client, query)).body.items.map((item) => item.requestId);

    it('finds a request by part of the enterprise name, by credit code, and not otherwise', async () => {
      expect(await ids(supervisor, `enterpriseName=${encodeURIComponent('甬创搜索')}`)).toEqual([
        handedOff.requestId,
      ]);
      expect(await ids(supervisor, `enterpriseName=${encodeURIComponent('甬')}`)).toContain(
        handedOff.requestId,
      );
      expect(await ids(supervisor, `creditCode=${other.creditCode.toLowerCase()}`)).toEqual([kept.requestId]);
      expect(await ids(supervisor, `enterpriseName=${encodeURIComponent('没有这家')}`)).toEqual([]);
      // LIKE wildcards are searched for, not used.
      expect(await ids(supervisor, `enterpriseName=${encodeURIComponent('%')}`)).toEqual([]);
    });

    it('finds by receipt code only for the receiving centre', async () => {
      const spaced = `${handedOff.receiptCode.slice(0, 4).toLowerCase()} ${handedOff.receiptCode.slice(4)}`;
      expect(await ids(wang, `receiptCode=${encodeURIComponent(spaced)}`)).toEqual([handedOff.requestId]);
      for (const client of [li, supervisor]) {
        const refused = await list(client, `receiptCode=${handedOff.receiptCode}`);
        expect(refused.status).toBe(403);
        expect(refused.body).toMatchObject({ error: 'search-not-allowed', field: 'receiptCode' });
      }
      const bad = await list(wang, 'receiptCode=123');
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ fields: [expect.objectContaining({ field: 'query.receiptCode' })] });
    });

    it('finds by contact phone only for staff who handle the request', async () => {
      expect(await ids(li, `contactPhone=${enterprise.phone}`)).toEqual([handedOff.requestId]);
      // 首问负责: the centre owns it until the department accepts; after that it no longer works the request.
      expect(await ids(wang, `contactPhone=${enterprise.phone}`)).toEqual([handedOff.requestId]);
      expect((await act(li, handedOff.requestId, 'accept')).recorded).toEqual(['RequestAccepted']);
      await t.settle();
      expect(await ids(wang, `contactPhone=${enterprise.phone}`)).toEqual([]);
      expect(await ids(wang, `contactPhone=${other.phone}`)).toEqual([kept.requestId]);
      expect(await ids(zhao, `contactPhone=${enterprise.phone}`)).toEqual([]);
      const refused = await list(supervisor, `contactPhone=${enterprise.phone}`);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: 'search-not-allowed', field: 'contactPhone' });
    });

    it('pages by keyset: every request once, in order, and a bad cursor is a 400', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: ListAnswer = (
          await list(supervisor, `pageSize=3${after === null ? '' : `&after=${after}`}`)
        ).body;
        seen.push(...page.items.map((item) => item.requestId));
        after = page.nextCursor;
        pages += 1;
      } while (after !== null && pages < 100);
      const all = await list(supervisor, 'pageSize=200');
      expect(seen).toEqual(all.body.items.map((item) => item.requestId));
      expect(new Set(seen).size).toBe(seen.length);
      expect(all.body.total).toBe(seen.length);
      expect(pages).toBeGreaterThan(1);
      const bad = await list(supervisor, 'after=not-a-cursor');
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ error: 'invalid-cursor', field: 'after' });
    });

    it('exports the list a role may see as CSV that a spreadsheet will not execute', async () => {
      const answer = await li.get<{ text: string }>(
        `/api/appeals/requests.csv?enterpriseName=${encodeURIComponent('甬创搜索')}`,
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/csv');
      expect(answer.headers.get('content-disposition')).toContain('attachment');
      const lines = answer.body.text
        .replace(/^\uFEFF/u, '')
        .trim()
        .split('\r\n');
      expect(lines[0]?.split(',').slice(0, 4)).toEqual(['回执码', '诉求', '企业名称', '统一社会信用代码']);
      expect(lines).toHaveLength(2);
      // The name began with "=": it is written as text ('=…), quoted because it holds quotes and a comma-free URL.
      expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")甬创搜索测试有限公司"`);
      // Receipt codes are the enterprise's credential: a department's export leaves them out…
      expect(lines[1]?.startsWith(',')).toBe(true);
      // …the receiving centre's has them.
      const centre = await wang.get<{ text: string }>(
        `/api/appeals/requests.csv?creditCode=${other.creditCode}`,
      );
      expect(centre.body.text).toContain(kept.receiptCode);
      expect((await zhao.get<{ text: string }>('/api/appeals/requests.csv')).body.text).not.toContain(
        '甬创搜索',
      );
      const refused = await supervisor.get<ErrorBody>(
        `/api/appeals/requests.csv?contactPhone=${enterprise.phone}`,
      );
      expect(refused.status).toBe(403);
    });

    it('exports the department rates as CSV', async () => {
      const answer = await supervisor.get<{ text: string }>(
        '/api/appeals/rates.csv?from=2026-01-01&to=2026-12-31',
      );
      expect(answer.status).toBe(200);
      const lines = answer.body.text
        .replace(/^\uFEFF/u, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toMatch(/^部门,受理数,响应率,响应（数）,按时率·接收/u);
      expect(lines.some((line) => line.startsWith('市场监管局,'))).toBe(true);
      const bad = await supervisor.get<ErrorBody>('/api/appeals/rates.csv?from=2026-12-31&to=2026-01-01');
      expect(bad.status).toBe(400);
    });
  },
);
