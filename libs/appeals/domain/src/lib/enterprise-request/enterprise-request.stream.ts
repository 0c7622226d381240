const STREAM_PREFIX = 'appeals-request-';

/** The event stream of one enterprise request (STYLE.md §7: the only place this id is built). */
export const enterpriseRequestStreamId = (requestId: string): string => {
  if (requestId.length === 0) throw new RangeError('A request stream needs a non-empty request id');
  return `${STREAM_PREFIX}${requestId}`;
};

/** The request id of an enterprise-request stream, or null for any other stream (projections read the global log). */
export const requestIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(STREAM_PREFIX) && streamId.length > STREAM_PREFIX.length
    ? streamId.slice(STREAM_PREFIX.length)
    : null;
