import { DEMO_STAFF_ACCOUNTS } from '@qinqing/identity/service';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { type Browser, type FieldErrors, logIn, STAFF_PASSWORD } from './support/liaison-actors';

const ENTERPRISE = { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' };
const DEPARTMENT = 'dept-market-regulation';
/** The GB 11643 standard's own example number (a valid check character), never a real person's. */
const ID_NUMBER = '11010519491231002X';

interface Refusal extends FieldErrors {
  readonly rule?: { readonly rule: string; readonly source: string };
}

/**
 * 回避 (晋江 四) across the two contexts over the one-process platform's bus: a department handler declares in
 * liaison, appeals learns only which enterprise the handler keeps away from, and refuses the handler's acting on
 * that enterprise's request; a colleague of the department acts; withdrawing lifts it; a supervisor's order binds.
 */
describe('recusal binds the request assignment in appeals', () => {
  let server: EmbeddedTestServer;
  let staff: Browser;
  let handler: Browser;
  let colleague: Browser;
  let supervisor: Browser;
  let handlerId: string;

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    const admin = await logIn(server.baseUrl, 'admin');
    await expectStatus(
      'a colleague in the same department',
      admin.post('/api/admin/staff-accounts', {
        username: 'handler.sun',
        displayName: '孙悦',
        role: 'department-handler',
        departmentId: DEPARTMENT,
        password: STAFF_PASSWORD,
      }),
      201,
    );
    staff = await logIn(server.baseUrl, 'staff.wang');
    handler = await logIn(server.baseUrl, 'handler.li');
    colleague = await logIn(server.baseUrl, 'handler.sun', STAFF_PASSWORD);
    supervisor = await logIn(server.baseUrl, 'supervisor.chen');
    handlerId = DEMO_STAFF_ACCOUNTS.find((a) => a.username === 'handler.li')?.accountId ?? '';
  });
  afterAll(() => server.close());

  const fileAndHandOff = async (title: string): Promise<string> => {
    const { requestId } = await expectStatus<{ requestId: string }>(
      'file',
      staff.post('/api/appeals/requests', {
        enterprise: ENTERPRISE,
        contact: { name: '周经理', phone: '13805741234' },
        category: 'approval-permits',
        title,
        description: '新建二期厂房即将竣工，想了解办理的材料和时限。',
        channel: 'staff-walk-in',
      }),
      201,
    );
    await expectStatus(
      'hand off',
      staff.post(`/api/appeals/requests/${requestId}/hand-off`, {
        toDepartmentId: DEPARTMENT,
        note: '属市场监管职责',
      }),
      200,
    );
    return requestId;
  };

  const allowedTo = async (who: Browser, requestId: string): Promise<readonly string[]> =>
    (
      await expectStatus<{ allowedActions: string[] }>(
        'detail',
        who.get(`/api/appeals/requests/${requestId}`),
        200,
      )
    ).allowedActions;

  /** Waits until the replica (fed by liaison's events over the bus) says what `expected` says. */
  const untilAccept = (who: Browser, requestId: string, expected: boolean) =>
    eventually(async () =>
      (await allowedTo(who, requestId)).includes('accept') === expected ? true : undefined,
    );

  it('refuses the handler who declared a tie (409 naming the rule and 晋江 四), lets a colleague accept', async () => {
    const requestId = await fileAndHandOff('厂房消防验收咨询');
    expect(await allowedTo(handler, requestId)).toContain('accept');

    const { relationId } = await expectStatus<{ relationId: string }>(
      'a handler declares',
      handler.post('/api/liaison/declarations/relations', {
        relation: 'child-spouse',
        name: '林丽',
        idNumber: ID_NUMBER,
        ties: [{ creditCode: ENTERPRISE.creditCode, kind: 'position', detail: '副总经理' }],
      }),
      201,
    );
    await untilAccept(handler, requestId, false);

    const refused = await expectStatus<Refusal>(
      'accept refused',
      handler.post(`/api/appeals/requests/${requestId}/accept`),
      409,
    );
    expect(refused.error).toBe('conflict-of-interest');
    expect(refused.rule).toMatchObject({ rule: 'recusal', source: '晋江 四' });
    expect(refused.message?.zh).toContain('与该企业存在需回避的关系');
    expect(refused.message?.zh).toContain('请由本部门其他人员办理');
    expect(refused.message?.en).toContain('Jinjiang 4');
    // Nothing personal reaches appeals, nor the refusal.
    expect(JSON.stringify(refused)).not.toMatch(/林丽|子女|副总经理|002X/u);

    expect(await allowedTo(colleague, requestId)).toContain('accept');
    await expectStatus(
      'withdraw',
      handler.post(`/api/liaison/declarations/relations/${relationId}/withdraw`, { reason: '已离职' }),
      204,
    );
    await untilAccept(handler, requestId, true);
    await expectStatus('accepted', handler.post(`/api/appeals/requests/${requestId}/accept`), 200);
  });

  it('a recusal ordered by a supervisor stops the handler answering a request already accepted', async () => {
    const requestId = await fileAndHandOff('食品经营许可延续咨询');
    await expectStatus('accepted', handler.post(`/api/appeals/requests/${requestId}/accept`), 200);
    await expectStatus(
      'order',
      supervisor.post(`/api/liaison/officials/${handlerId}/recusals`, {
        enterpriseCreditCode: ENTERPRISE.creditCode,
        reason: '应当回避而未回避',
      }),
      201,
    );
    await eventually(async () =>
      (await allowedTo(handler, requestId)).includes('resolve') ? undefined : true,
    );
    const refused = await expectStatus<Refusal>(
      'resolve refused',
      handler.post(`/api/appeals/requests/${requestId}/resolve`, { answer: '已告知延续所需材料' }),
      409,
    );
    expect(refused.error).toBe('conflict-of-interest');
    expect(refused.message?.zh).toContain('已对该企业回避');
    await expectStatus(
      'a colleague resolves',
      colleague.post(`/api/appeals/requests/${requestId}/resolve`, { answer: '已告知延续所需材料' }),
      200,
    );
  });

  it('lets a department handler read and manage only their own declarations', async () => {
    const mine = await expectStatus<{ officialId: string; recusals: { origin: string }[] }>(
      'mine',
      handler.get('/api/liaison/declarations/mine'),
      200,
    );
    expect(mine.officialId).toBe(handlerId);
    expect(mine.recusals).toEqual([expect.objectContaining({ origin: 'ordered' })]);
    await expectStatus(
      'not another’s declarations',
      handler.get(`/api/liaison/officials/${handlerId}/declarations`),
      403,
    );
  });
});
