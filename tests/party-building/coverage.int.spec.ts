import type { CoverageAnswer } from '@qinqing/party-building/contracts';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { DEMO_DIRECTORY } from '@qinqing/liaison/service';
import { DEMO_ORGANISATIONS } from '@qinqing/party-building/service';
import { chinaDateOf } from '@qinqing/calendar/domain';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const COVERAGE = '/api/party-building/coverage';
const today = chinaDateOf(new Date());
const YONGCHUANG = DEMO_DIRECTORY.find((e) => e.details.name === '宁波海曙甬创智能制造有限公司');

/** Coverage per county and industry section from the directory replica and the records, as running counts. */
describe('party-building: organisation and work coverage', () => {
  let server: EmbeddedTestServer;
  let staff: HttpClient;
  /** The totals after the records of the second case, which the CSV repeats. */
  let totals: CoverageAnswer['total'] | undefined;

  const coverage = (query = '') =>
    expectStatus<CoverageAnswer>(`coverage ${query}`, staff.get(`${COVERAGE}${query}`), 200);
  const settle = () => server.app.get(EventSourcingHost).settle();

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    staff = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      staff.post('/api/auth/login', { username: 'party.lin', password: DEMO_PASSWORD }),
      200,
    );
    await settle();
  });

  afterAll(() => server.close());

  it('counts every directory enterprise under its county, the demo data’s organisations and instructors covered', async () => {
    const answer = await coverage();
    expect(answer.by).toBe('county');
    expect(answer.rows.map((r) => r.key)).toEqual(expect.arrayContaining(['330203', '330212']));
    // Counties carry their GB/T 2260 names, so nobody has to know the codes.
    expect(answer.rows.find((r) => r.key === '330203')?.name).toBe('海曙区');
    expect(answer.rows.find((r) => r.key === '330212')?.name).toBe('鄞州区');
    expect(answer.total.enterprises).toBeGreaterThanOrEqual(DEMO_DIRECTORY.length);
    // Organised: an own organisation or a joint branch; worked: that or an instructor.
    const organised = DEMO_ORGANISATIONS.map((d) => d.organisation(today)).filter((o) => o.type !== 'none');
    const worked = DEMO_ORGANISATIONS.map((d) => d.organisation(today)).filter(
      (o) => o.type !== 'none' || o.instructor !== null,
    );
    expect(answer.total).toMatchObject({ organised: organised.length, worked: worked.length });
    expect(answer.total.organisationCoverage).toBeCloseTo(organised.length / answer.total.enterprises, 4);
    for (const row of answer.rows) expect(row.organised).toBeLessThanOrEqual(row.worked);
  });

  it('moves the counts when organisations and instructors are recorded, per county and per industry section', async () => {
    const enterprise = YONGCHUANG;
    if (enterprise === undefined) throw new Error('demo enterprise missing');
    const section = enterprise.details.industry.charAt(0);
    const before = await coverage('?areaCode=330203');
    const countiesBefore = await coverage();
    await expectStatus(
      'branch',
      staff.post('/api/party-building/organisations', {
        creditCode: enterprise.creditCode,
        enterpriseName: enterprise.details.name,
        fullMembers: 5,
        probationaryMembers: 0,
        type: 'branch',
        foundedOn: '2021-07-01',
        superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
        secretary: '张伟',
        termStartedOn: '2024-07-01',
      }),
      201,
    );
    // A Yinzhou enterprise the demo data has not recorded.
    const recorded = new Set(DEMO_ORGANISATIONS.map((d) => d.organisation(today).creditCode));
    const other = DEMO_DIRECTORY.find(
      (e) =>
        e.creditCode !== enterprise.creditCode &&
        !recorded.has(e.creditCode) &&
        e.details.areaCode?.startsWith('330212'),
    );
    if (other === undefined) throw new Error('no Yinzhou demo enterprise');
    await expectStatus(
      'instructor only',
      staff.post('/api/party-building/organisations', {
        creditCode: other.creditCode,
        enterpriseName: other.details.name,
        fullMembers: 1,
        probationaryMembers: 0,
        type: 'none',
        instructor: '李娜',
      }),
      201,
    );
    await settle();
    const haishu = await coverage('?areaCode=330203');
    expect(haishu.by).toBe('industry-section');
    expect(haishu.areaName).toBe('海曙区');
    const row = haishu.rows.find((r) => r.key === section);
    const was = before.rows.find((r) => r.key === section);
    expect(row).toMatchObject({ organised: (was?.organised ?? 0) + 1, worked: (was?.worked ?? 0) + 1 });
    const counties = await coverage();
    const yinzhou = countiesBefore.rows.find((r) => r.key === '330212');
    expect(counties.rows.find((r) => r.key === '330212')).toMatchObject({
      organised: yinzhou?.organised ?? 0,
      worked: (yinzhou?.worked ?? 0) + 1,
    });
    expect(counties.total.organised).toBe(countiesBefore.total.organised + 1);
    expect(counties.total.worked).toBe(countiesBefore.total.worked + 2);
    expect(counties.total.organisationCoverage).toBeCloseTo(
      counties.total.organised / counties.total.enterprises,
      4,
    );
    totals = counties.total;
  });

  it('exports the same rows as CSV with Chinese headings Excel reads', async () => {
    const answer = await staff.get<string>(`${COVERAGE}?format=csv`);
    expect(answer.status).toBe(200);
    // fetch's text() drops the BOM the file starts with; the headings follow it.
    const text = String(answer.body).replace(/^\uFEFF/u, '');
    expect(text.startsWith('分组,名称,企业数,已建党组织,党的工作覆盖,组织覆盖率,工作覆盖率')).toBe(true);
    expect(text).toContain('330203,海曙区,');
    expect(text.trim().split('\n').at(-1)).toMatch(
      new RegExp(`^合计,,${totals?.enterprises},${totals?.organised},${totals?.worked},`, 'u'),
    );
  });

  it('refuses a bad area code or format naming the field, and anyone but party-building staff and supervisors', async () => {
    const bad = await expectStatus<{ fields: { field: string }[] }>(
      'bad area',
      staff.get(`${COVERAGE}?areaCode=33`),
      400,
    );
    expect(bad.fields.map((f) => f.field)).toContain('query.areaCode');
    await expectStatus('bad format', staff.get(`${COVERAGE}?format=xml`), 400);
    await expectStatus('anonymous', new HttpClient(server.baseUrl).get(COVERAGE), 401);
    const officer = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      officer.post('/api/auth/login', { username: 'credit.zhao', password: DEMO_PASSWORD }),
      200,
    );
    await expectStatus('credit officer', officer.get(COVERAGE), 403);
  });
});
