const RECEIPT_CHARS = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A unique receipt code per request number (12 characters of the receipt alphabet, starting with S). A module of
 * its own, without imports, so the scale server (compiled to dist/server with the app) needs nothing else of the
 * bench.
 */
export const receiptCodeOf = (n: number): string => {
  let rest = n;
  let code = '';
  for (let i = 0; i < 11; i++) {
    code = `${RECEIPT_CHARS[rest % RECEIPT_CHARS.length]}${code}`;
    rest = Math.floor(rest / RECEIPT_CHARS.length);
  }
  return `S${code}`;
};
