import type { HalfYear } from './half-year';

const PREFIX = 'service-centre-health-index-';

/** One stream per half year: its single event is the published snapshot. */
export const healthIndexSnapshotStreamId = (period: HalfYear): string => `${PREFIX}${period}`;

export const periodOfHealthIndexStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
