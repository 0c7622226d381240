/** Stream ids of misconduct reports come from here, never built inline. */
const PREFIX = 'service-centre-misconduct-report-';

export const misconductReportStreamId = (reportId: string): string => `${PREFIX}${reportId}`;

export const reportIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
