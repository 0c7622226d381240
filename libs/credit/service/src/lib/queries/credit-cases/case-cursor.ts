/** A keyset cursor: the sort key and the id of the last row of a page, opaque to the client (base64url JSON). */
export const encodeCursor = (sortKey: string, id: string): string =>
  Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');

/** The cursor's sort key and id, or null when it is not one this service gave. */
export const decodeCursor = (cursor: string): readonly [string, string] | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
      ? [value[0], value[1]]
      : null;
  } catch {
    return null;
  }
};
