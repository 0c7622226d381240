import type { INestApplication } from '@nestjs/common';
import { DeadlineScheduler } from '@qinqing/appeals/service';
import type { CommandHandler, ManualClock } from '@qinqing/shared/event-sourcing';
import { organisationUnitDecider, organisationUnitStreamId } from '@qinqing/identity/domain';
import { COMMAND_HANDLER, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { TEST_HOLIDAY_NOTICE_2027 } from '@qinqing/shared/testing';
import { expectStatus, HttpClient } from '../console/http-client';
import { driveCreditEvents } from './credit-tour';
import { driveLiaisonIntegrityEvents } from './liaison-integrity-tour';
import { driveMisconductReportEvents } from './misconduct-reports-tour';
import { drivePartyBuildingEvents } from './party-building-tour';
import { driveServiceCentreEvents } from './service-centre-tour';
import { drivePolicyEvents } from './policy-tour';

const login = async (api: string, username: string): Promise<HttpClient> => {
  const client = new HttpClient(api);
  await expectStatus(
    `${username} login`,
    client.post('/auth/login', { username, password: 'Demo!2026' }),
    200,
  );
  return client;
};

/**
 * The public events the demo history does not contain, made to happen through the platform's own commands
 * (the HTTP API a kiosk and the staff use, and identity's command for a renamed unit): a request sent back
 * by a department, handed on, accepted, paused and resumed — each staff act with its oversight event
 * (`request.staff-acted.v1`, the acting account; the kiosk's filing has none); a department renamed; and, in
 * mid-December before next year's holiday notice is loaded, a filing whose resolve date is provisional,
 * re-derived once an administrator loads the notice (a test notice, never real data).
 */
export const driveRemainingPublicEvents = async (
  app: INestApplication,
  baseUrl: string,
  clock: ManualClock,
): Promise<void> => {
  const api = `${baseUrl}/api`;
  const kiosk = new HttpClient(api);
  await expectStatus(
    'kiosk device session',
    kiosk.post('/kiosk/device-session', { credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026' }),
    200,
  );
  await expectStatus('walk-in session', kiosk.post('/kiosk/sessions'), 201);
  const { requestId } = await expectStatus<{ requestId: string }>(
    'file a request',
    kiosk.post('/appeals/requests', {
      enterprise: { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' },
      contact: { name: '周建国', phone: '13805741234' },
      category: 'talent',
      title: '高层次人才安居补贴申领咨询',
      description: '公司引进的博士想了解安居补贴的申领条件和所需材料。',
    }),
    201,
  );
  const request = (step: string) => `/appeals/requests/${requestId}/${step}`;

  const staff = await login(api, 'staff.wang');
  const market = await login(api, 'handler.li');
  const people = await login(api, 'handler.zhao');
  await expectStatus(
    'hand-off to market regulation',
    staff.post(request('hand-off'), { toDepartmentId: 'dept-market-regulation', note: '请答复人才补贴事项' }),
    200,
  );
  await expectStatus(
    'send back',
    market.post(request('send-back'), { reason: '人才安居补贴属人力社保局职责' }),
    200,
  );
  await expectStatus(
    'hand-off to human resources',
    staff.post(request('hand-off'), { toDepartmentId: 'dept-human-resources', note: '请答复人才补贴事项' }),
    200,
  );
  await expectStatus('accept', people.post(request('accept')), 200);
  await expectStatus(
    'pause',
    people.post(request('pause'), { cause: 'enterprise-documents', reason: '请企业补充人才认定证书' }),
    200,
  );
  await expectStatus('resume', people.post(request('resume')), 200);

  await app.get<CommandHandler>(COMMAND_HANDLER).handle(
    organisationUnitDecider,
    organisationUnitStreamId('dept-market-regulation'),
    {
      type: 'RenameOrganisationUnit',
      name: { zh: '市场监督管理局', en: 'Market Supervision and Administration Bureau' },
      renamedBy: 'admin',
    },
    { correlationId: 'event-catalogue-tour', actor: { id: 'admin', role: 'administrator' } },
  );
  clock.set(new Date('2026-12-15T10:00:00+08:00'));
  await expectStatus('a later walk-in session', kiosk.post('/kiosk/sessions'), 201);
  await expectStatus(
    'file a request whose resolve date runs into 2027',
    kiosk.post('/appeals/requests', {
      enterprise: { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' },
      contact: { name: '周建国', phone: '13805741234' },
      category: 'approval-permits',
      title: '年底厂房扩建规划许可咨询',
      description: '想了解厂房扩建的规划许可需要哪些材料。',
    }),
    201,
  );
  const admin = await login(api, 'admin');
  await expectStatus(
    'load the 2027 notice',
    admin.post('/calendar/schedules', TEST_HOLIDAY_NOTICE_2027),
    201,
  );
  // The enterprise directory (liaison): the demo data registers enterprises; an administrator corrects one.
  await expectStatus(
    'correct an enterprise in the directory',
    admin.patch('/enterprises/91330203MA2H5K7P7A', { employees: 1100, tags: ['four-new', 'high-growth'] }),
    200,
  );
  await app.get(EventSourcingHost).settle();
  await app.get(DeadlineScheduler).tick();
  await driveLiaisonIntegrityEvents(app, api, clock);
  await driveCreditEvents(app, api);
  await drivePartyBuildingEvents(api);
  await driveServiceCentreEvents(api);
  await drivePolicyEvents(app, api);
  await driveMisconductReportEvents(api);
};
