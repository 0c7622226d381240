const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * `2026-03-02 10:15` in China Standard Time (UTC+8 all year: China keeps no daylight saving), for messages
 * that tell a person when to come back.
 */
export const formatBeijingTime = (instant: Date): string =>
  new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
