import { eventually } from '@qinqing/shared/testing';
import { expectStatus, HttpClient } from '../console/http-client';

const SMALL_UNITS = ['91330203MA2JB0016G', '91330203MA2JB0024B', '91330203MA2JB00326'] as const;

/**
 * The party-building context's public events through its own HTTP API: party-building staff record an
 * enterprise's organisation (organisation.recorded.v1 — counts, forms, coverage, no person), then three small
 * units' records, a joint branch of two of them (joint-branch.formed.v1), the third joining and one leaving,
 * and an activity of the first enterprise's branch (activity.recorded.v1, a count only).
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
  for (const [index, creditCode] of SMALL_UNITS.entries())
    await expectStatus(
      'record a small unit',
      staff.post('/party-building/organisations', {
        creditCode,
        enterpriseName: `海曙小微企业${index + 1}`,
        fullMembers: 1,
        probationaryMembers: 0,
        type: 'joint-branch',
        superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
      }),
      201,
    );
  // A joint branch reads its units' counts from the organisation records' read model.
  await eventually(async () => {
    const answer = await staff.get(`/party-building/organisations/${SMALL_UNITS[2]}`);
    return answer.status === 200 ? true : undefined;
  });
  const formed = await expectStatus<{ jointBranchId: string }>(
    'form a joint branch',
    staff.post('/party-building/joint-branches', {
      name: '海曙区望春工业园区联合党支部',
      units: [SMALL_UNITS[0], SMALL_UNITS[1]],
      foundedOn: '2024-07-01',
      superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
      secretary: '王敏',
      termStartedOn: '2024-07-01',
    }),
    201,
  );
  const units = `/party-building/joint-branches/${formed.jointBranchId}/units`;
  await expectStatus('a unit joins', staff.post(units, { creditCode: SMALL_UNITS[2] }), 200);
  await expectStatus('a unit leaves', staff.delete(`${units}/${SMALL_UNITS[0]}`), 200);
  await expectStatus(
    'record an activity',
    staff.post('/party-building/activities', {
      organisationKind: 'enterprise',
      organisationId: '91330203MA2H5K7P7A',
      kind: 'study',
      heldOn: '2026-05-28',
      title: '主题党日：学习党章',
      participants: 6,
    }),
    201,
  );
};
