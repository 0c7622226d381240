import type { INestApplication } from '@nestjs/common';
import { PublicationScheduler, RestrictionIntake } from '@qinqing/credit/service';
import { WalkInProofSigner } from '@qinqing/identity/access';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { expectStatus, HttpClient } from '../console/http-client';

/**
 * The credit context's public events through its own HTTP API: the credit officer records a penalty in an
 * enterprise's integrity file and corrects it (integrity-record.recorded.v1, integrity-record.corrected.v1); an
 * older one whose maximum period has passed is ended by the scheduler (integrity-record.publication-ended.v1).
 * Made serious, the penalty restricts the enterprise (restriction.imposed.v1, through credit's own reactor);
 * corrected back to general, the restriction is lifted (restriction.lifted.v1). The officer drafts and approves
 * the last ended quarter's red/black board (board.published.v1) and evaluates the enterprise's 2025 as a
 * 清廉企业 (clean-enterprise.evaluated.v1); at a kiosk the identified enterprise signs the integrity pledge
 * (pledge.signed.v1). For the enterprise, the officer objects to the first record and withdraws it (objection.filed.v1,
 * objection.decided.v1, integrity-record.withdrawn.v1), and applies for the repair of a third one and grants it
 * (repair.applied.v1, repair.decided.v1, integrity-record.repaired.v1). An enterprise taking back its own
 * objection (objection.retracted.v1) takes the kiosk's identification: the credit demo data does it.
 * Run in mid-December 2026.
 */
export const driveCreditEvents = async (app: INestApplication, api: string): Promise<void> => {
  const officer = new HttpClient(api);
  await expectStatus(
    'credit officer login',
    officer.post('/auth/login', { username: 'credit.zhao', password: 'Demo!2026' }),
    200,
  );
  await expectStatus(
    'record a penalty',
    officer.post('/credit/records', {
      documentNumber: '甬海市监罚〔2026〕88号',
      kind: 'administrative-penalty',
      severity: 'general',
      issuingAuthority: '宁波市海曙区市场监督管理局',
      decidedOn: '2026-05-10',
      legalBasis: '《中华人民共和国广告法》第五十五条',
      evidenceReference: '案卷 2026-0088',
      creditCode: '91330203MA2H5K7P7A',
      enterpriseName: '宁波海曙甬创智能制造有限公司',
      penaltyCategory: '罚款',
      penaltyContent: '罚款人民币二万元',
    }),
    201,
  );
  await expectStatus(
    'correct it',
    officer.post('/credit/records/corrections', {
      documentNumber: '甬海市监罚〔2026〕88号',
      changes: { severity: 'serious' },
      reason: '复议决定变更为严重失信',
    }),
    201,
  );
  // The reactor hears the record's events over the bus and applies the latest facts: serious restricts.
  const restrictions = async () => {
    await app.get(EventSourcingHost).settle();
    await app.get(RestrictionIntake).applyPending();
    await app.get(EventSourcingHost).settle();
  };
  await restrictions();
  await expectStatus(
    'correct it back',
    officer.post('/credit/records/corrections', {
      documentNumber: '甬海市监罚〔2026〕88号',
      changes: { severity: 'general' },
      reason: '再审决定恢复为一般失信',
    }),
    201,
  );
  await restrictions();
  await expectStatus(
    'record a penalty whose publication is over',
    officer.post('/credit/records', {
      documentNumber: '甬海市监罚〔2024〕5号',
      kind: 'administrative-penalty',
      severity: 'general',
      issuingAuthority: '宁波市海曙区市场监督管理局',
      decidedOn: '2024-01-10',
      legalBasis: '《中华人民共和国广告法》第五十五条',
      evidenceReference: '案卷 2024-0005',
      creditCode: '91330203MA2H5K7P7A',
      enterpriseName: '宁波海曙甬创智能制造有限公司',
    }),
    201,
  );
  const objection = await expectStatus<{ objectionId: string }>(
    'object for the enterprise',
    officer.post('/credit/objections', {
      documentNumber: '甬海市监罚〔2026〕88号',
      grounds: '处罚决定已被行政复议撤销',
      creditCode: '91330203MA2H5K7P7A',
    }),
    201,
  );
  await expectStatus(
    'withdraw the record',
    officer.post(`/credit/objections/${objection.objectionId}/decision`, {
      outcome: 'withdrawn',
      reasons: '原处罚决定已被撤销',
    }),
    201,
  );
  await expectStatus(
    'record a penalty past its minimum period',
    officer.post('/credit/records', {
      documentNumber: '甬海市监罚〔2025〕7号',
      kind: 'administrative-penalty',
      severity: 'general',
      issuingAuthority: '宁波市海曙区市场监督管理局',
      decidedOn: '2025-09-01',
      legalBasis: '《中华人民共和国广告法》第五十五条',
      evidenceReference: '案卷 2025-0007',
      creditCode: '91330203MA2H5K7P7A',
      enterpriseName: '宁波海曙甬创智能制造有限公司',
    }),
    201,
  );
  const commitment = await expectStatus<{ version: string }>(
    'the commitment text',
    officer.get('/credit/commitment-text'),
    200,
  );
  const application = await expectStatus<{ applicationId: string }>(
    'apply for repair',
    officer.post('/credit/repairs', {
      documentNumber: '甬海市监罚〔2025〕7号',
      correctionEvidence: '罚款缴纳凭证',
      commitment: { signatoryName: '张伟', signatoryPosition: '法定代表人', textVersion: commitment.version },
      creditCode: '91330203MA2H5K7P7A',
    }),
    201,
  );
  await expectStatus(
    'grant it',
    officer.post(`/credit/repairs/${application.applicationId}/decision`, {
      outcome: 'granted',
      reasons: '已纠正失信行为',
    }),
    201,
  );
  await app.get(EventSourcingHost).settle();
  if ((await app.get(PublicationScheduler).tick()) === 0)
    throw new Error('the scheduler ended no publication');
  await app.get(EventSourcingHost).settle();
  await driveCreditBoardEvents(app, api);
};

/** The board, the pledge and the 清廉企业 evaluation (after the records above are in the integrity file). */
export const driveCreditBoardEvents = async (app: INestApplication, api: string): Promise<void> => {
  const officer = new HttpClient(api);
  await expectStatus(
    'credit officer login',
    officer.post('/auth/login', { username: 'credit.zhao', password: 'Demo!2026' }),
    200,
  );
  await expectStatus('draft the 2026-Q3 board', officer.post('/credit/boards', { period: '2026-Q3' }), 201);
  await expectStatus('approve it', officer.post('/credit/boards/board-2026-Q3/approval'), 200);
  await expectStatus(
    'evaluate 2025',
    officer.post('/credit/clean-enterprise-evaluations', {
      creditCode: '91330203MA2H5K7P7A',
      year: 2025,
      checklist: { integritySystem: true },
    }),
    201,
  );

  const kiosk = new HttpClient(api);
  await expectStatus(
    'kiosk device session',
    kiosk.post('/kiosk/device-session', { credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026' }),
    200,
  );
  await expectStatus('walk-in session', kiosk.post('/kiosk/sessions'), 201);
  const me = await expectStatus<{ actor: { sessionId: string; deviceId: string } }>(
    'who',
    kiosk.get('/auth/me'),
    200,
  );
  // Liaison signs this proof once the code sent to the registered phone comes back; the tour signs it as liaison would.
  const proof = app.get(WalkInProofSigner).sign({
    creditCode: '91330203MA2H5K7P7A',
    contactPhone: '13805741234',
    sessionId: me.actor.sessionId,
    deviceId: me.actor.deviceId,
  });
  await expectStatus('identify', kiosk.post('/kiosk/sessions/identify', { proof }), 200);
  const { version } = await expectStatus<{ version: string }>(
    'pledge text',
    kiosk.get('/credit/pledge-text'),
    200,
  );
  await expectStatus(
    'sign the pledge',
    kiosk.post('/credit/pledges', {
      signatoryName: '周建国',
      signatoryPosition: '总经理',
      textVersion: version,
    }),
    201,
  );
};
