import type { INestApplication } from '@nestjs/common';
import { OverdueFilingSweep } from '@qinqing/liaison/service';
import type { ManualClock } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { expectStatus, HttpClient } from '../console/http-client';

const login = async (api: string, username: string, password: string): Promise<HttpClient> => {
  const client = new HttpClient(api);
  await expectStatus(`${username} login`, client.post('/auth/login', { username, password }), 200);
  return client;
};

const PASSWORD = 'Tour!2026-liaison';
const filing = (eventDate: string) => ({
  activityKind: 'annual-meeting',
  organiser: { kind: 'enterprise', creditCode: '91350100M000100Y43', name: '福州精密机械有限公司' },
  title: '年会',
  purpose: '了解行业发展状况、听取意见建议',
  eventDate,
});

/**
 * Interaction filings (政商交往报备) through the HTTP API: filed, approved, refused, reported, and one whose report
 * is missing past its due date, alerted by the overdue sweep — each filing and decision with its oversight event
 * (`interaction-filing.staff-acted.v1`: the official's, then the superior's account); a symposium's problem; a
 * declared conflict of interest, withdrawn, and an ordered recusal. Runs from mid-December (after the appeals
 * tour).
 */
export const driveLiaisonIntegrityEvents = async (
  app: INestApplication,
  api: string,
  clock: ManualClock,
): Promise<void> => {
  clock.set(new Date('2026-12-15T10:00:00+08:00'));
  const admin = await login(api, 'admin', 'Demo!2026');
  const account = async (username: string, displayName: string) =>
    expectStatus<{ accountId: string }>(
      `create ${username}`,
      admin.post('/admin/staff-accounts', {
        username,
        displayName,
        role: 'leading-official',
        password: PASSWORD,
      }),
      201,
    );
  const tourOfficial = await account('tour.official', '巡检干部');
  const superior = await account('tour.superior', '巡检上级');
  await expectStatus(
    'register the official with a superior',
    admin.post('/liaison/officials', {
      accountId: tourOfficial.accountId,
      name: '巡检干部',
      unitId: 'dept-taxation',
      superiorAccountId: superior.accountId,
    }),
    201,
  );
  let official = await login(api, 'tour.official', PASSWORD);
  let boss = await login(api, 'tour.superior', PASSWORD);
  const file = async (eventDate: string) =>
    (
      await expectStatus<{ filingId: string }>(
        'file',
        official.post('/liaison/interaction-filings', filing(eventDate)),
        201,
      )
    ).filingId;
  const reported = await file('2026-12-16');
  const refused = await file('2026-12-17');
  const missing = await file('2026-12-16');
  await expectStatus('approve', boss.post(`/liaison/interaction-filings/${reported}/approve`), 204);
  await expectStatus('approve', boss.post(`/liaison/interaction-filings/${missing}/approve`), 204);
  await expectStatus(
    'refuse',
    boss.post(`/liaison/interaction-filings/${refused}/refuse`, { reason: '与本职工作无关' }),
    204,
  );
  clock.set(new Date('2026-12-17T10:00:00+08:00'));
  official = await login(api, 'tour.official', PASSWORD);
  await expectStatus(
    'report',
    official.post(`/liaison/interaction-filings/${reported}/report`, {
      summary: '听取意见建议3条',
      conductKept: true,
    }),
    204,
  );
  clock.set(new Date('2026-12-24T10:00:00+08:00'));
  boss = await login(api, 'tour.superior', PASSWORD);
  await app.get(EventSourcingHost).settle();
  const raised = await app.get(OverdueFilingSweep).sweep();
  // The tour's filing, and any demo filing whose report fell due by then.
  if (raised < 1) throw new Error('the overdue sweep raised no alert');

  const adminNow = await login(api, 'admin', 'Demo!2026');
  const { symposiumId } = await expectStatus<{ symposiumId: string }>(
    'schedule a symposium',
    adminNow.post('/liaison/symposia', {
      jurisdiction: '370200',
      title: '下半年政企座谈会',
      date: '2026-12-24',
      convenerUnitId: 'unit-business-environment-office',
    }),
    201,
  );
  await expectStatus(
    'attendance',
    adminNow.post(`/liaison/symposia/${symposiumId}/attendance`, {
      enterprises: [{ creditCode: '91350100M000100Y43', name: '福州精密机械有限公司' }],
      chambers: ['福州市机械商会'],
    }),
    204,
  );
  await expectStatus(
    'a problem raised at the symposium',
    adminNow.post(`/liaison/symposia/${symposiumId}/problems`, {
      enterpriseCreditCode: '91350100M000100Y43',
      title: '厂区用电增容',
      description: '扩建后需要增容，希望协调供电公司',
      contact: { name: '王经理', phone: '13805741234' },
    }),
    201,
  );

  // Conflicts of interest (回避, 晋江 四): a department handler declares a relation tied to an enterprise and
  // withdraws it; a supervisor orders a recusal. Appeals keeps who must stay away from which enterprise.
  const handler = await login(api, 'handler.li', 'Demo!2026');
  const { relationId } = await expectStatus<{ relationId: string }>(
    'declare a specific-relation person',
    handler.post('/liaison/declarations/relations', {
      relation: 'spouse',
      name: '林丽',
      idNumber: '11010519491231002X',
      ties: [{ creditCode: '91350100M000100Y43', kind: 'shareholding', detail: '持股 5%' }],
    }),
    201,
  );
  await expectStatus(
    'withdraw the declaration',
    handler.post(`/liaison/declarations/relations/${relationId}/withdraw`, { reason: '已转让股份' }),
    204,
  );
  const supervisor = await login(api, 'supervisor.chen', 'Demo!2026');
  await expectStatus(
    'order a recusal',
    supervisor.post(`/liaison/officials/${tourOfficial.accountId}/recusals`, {
      enterpriseCreditCode: '91350100M000100Y43',
      reason: '应当回避而未回避',
    }),
    201,
  );
};
