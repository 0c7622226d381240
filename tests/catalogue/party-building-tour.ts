import { expectStatus, HttpClient } from '../console/http-client';

/**
 * The party-building context's public events through its own HTTP API: party-building staff record an
 * enterprise's organisation (organisation.recorded.v1 — counts, forms, coverage, no person).
 */
export const drivePartyBuildingEvents = async (api: string): Promise<void> => {
  const staff = new HttpClient(api);
  await expectStatus(
    'party-building staff login',
    staff.post('/auth/login', { username: 'party.lin', password: 'Demo!2026' }),
    200,
  );
  await expectStatus(
    'record an organisation',
    staff.post('/party-building/organisations', {
      creditCode: '91330203MA2H5K7P7A',
      enterpriseName: '宁波海曙甬创智能制造有限公司',
      fullMembers: 5,
      probationaryMembers: 1,
      type: 'branch',
      foundedOn: '2021-07-01',
      superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
      secretary: '张伟',
      instructor: null,
      termStartedOn: '2024-03-01',
      union: true,
      youthLeague: false,
    }),
    201,
  );
};
