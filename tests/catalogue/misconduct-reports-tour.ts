import { expectStatus, HttpClient } from '../console/http-client';

/**
 * The misconduct reports' one public event through the desk's HTTP API: the discipline inspector enters a
 * real-name report received by letter and concludes it (misconduct-report.concluded.v1 — area, outcome, day;
 * never the report, the official or the reporter).
 */
export const driveMisconductReportEvents = async (api: string): Promise<void> => {
  const inspector = new HttpClient(api);
  await expectStatus(
    'discipline inspector login',
    inspector.post('/auth/login', { username: 'inspector.wu', password: 'Demo!2026' }),
    200,
  );
  const { reportId } = await expectStatus<{ reportId: string }>(
    'enter a report received by letter',
    inspector.post('/service-centre/misconduct-reports/desk/records', {
      category: 'inaction',
      accused: { name: '某科长', unitId: 'dept-market-regulation', position: '科长', headsUnit: false },
      description: '来信反映：企业多次申请现场核查，经办科室拖延两个月未予答复。',
      reporterName: '王某',
      reporterPhone: '13900000000',
    }),
    201,
  );
  await expectStatus(
    'conclude it',
    inspector.post(`/service-centre/misconduct-reports/desk/reports/${reportId}/conclusion`, {
      outcome: 'substantiated',
      areaCode: '330203',
      summary: '经核查基本属实，已督促整改并约谈相关人员。',
    }),
    200,
  );
};
