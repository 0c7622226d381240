import { loadEmbeddedConfig } from '@qinqing/apps/embedded';
import { loadPartyBuildingServiceConfig } from '@qinqing/apps/party-building-service';
import type { OrganisationView } from '@qinqing/party-building/contracts';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/party-building/organisations';

const branch = {
  creditCode: '91330203MA2H5K7P7A',
  enterpriseName: '宁波海曙甬创智能制造有限公司',
  fullMembers: 5,
  probationaryMembers: 1,
  type: 'branch',
  foundedOn: '2021-07-01',
  superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
  secretary: '张伟',
  termStartedOn: '2024-03-01',
};

/** Term lengths are a deployment setting (3–5 years, the Party Constitution art. 31) and a record may name its own. */
describe('party-building: configurable term lengths over HTTP', () => {
  let server: EmbeddedTestServer;
  let staff: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer({
      env: { PARTY_BUILDING_TERM_YEARS_BRANCH: '4', PARTY_BUILDING_TERM_YEARS_PRIMARY_COMMITTEE: '3' },
    });
    staff = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      staff.post('/api/auth/login', { username: 'party.lin', password: DEMO_PASSWORD }),
      200,
    );
  });

  afterAll(() => server.close());

  it('ends a branch’s term by the configured years, or by the years the record names', async () => {
    expect(await expectStatus('configured', staff.post(PATH, branch), 201)).toMatchObject({
      termEndsOn: '2028-03-01',
    });
    expect(await expectStatus('explicit', staff.post(PATH, { ...branch, termYears: 5 }), 201)).toMatchObject({
      termEndsOn: '2029-03-01',
      records: 2,
    });
    const one = await eventually(async () => {
      const answer = await staff.get<OrganisationView>(`${PATH}/${branch.creditCode}`);
      return answer.status === 200 && answer.body.records === 2 ? answer.body : undefined;
    });
    expect(one).toMatchObject({ termYears: 5, termEndsOn: '2029-03-01' });
  });

  it('refuses a term outside three to five years, naming the field and the rule in both languages', async () => {
    for (const termYears of [2, 6, '4.5']) {
      const answer = await expectStatus<{
        field: string;
        rule: { rule: string };
        message: { zh: string; en: string };
      }>(`${termYears} years`, staff.post(PATH, { ...branch, termYears }), 400);
      expect(answer).toMatchObject({ field: 'termYears', rule: { rule: 'term-length' } });
      expect(answer.message.zh).toContain('党章');
      expect(answer.message.en).toContain('three to five');
    }
  });

  it('lets only party-building staff name a term; anonymous 401, others 403', async () => {
    await expectStatus(
      'anonymous',
      new HttpClient(server.baseUrl).post(PATH, { ...branch, termYears: 4 }),
      401,
    );
    const supervisor = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      supervisor.post('/api/auth/login', { username: 'supervisor.chen', password: DEMO_PASSWORD }),
      200,
    );
    await expectStatus('supervisor', supervisor.post(PATH, { ...branch, termYears: 4 }), 403);
  });

  it('refuses to start with a default term outside three to five years', () => {
    expect(() => loadEmbeddedConfig({ PARTY_BUILDING_TERM_YEARS_BRANCH: '2' })).toThrow(
      /PARTY_BUILDING_TERM_YEARS_BRANCH/u,
    );
    expect(() => loadPartyBuildingServiceConfig({ PARTY_BUILDING_TERM_YEARS_GENERAL_BRANCH: '6' })).toThrow(
      /PARTY_BUILDING_TERM_YEARS_GENERAL_BRANCH/u,
    );
    expect(loadEmbeddedConfig({}).PARTY_BUILDING_TERM_YEARS_PRIMARY_COMMITTEE).toBe(5);
  });
});
