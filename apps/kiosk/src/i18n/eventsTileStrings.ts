/** The home tile's words for the centre's events (活动); the screen's own words load with its chunk. */
export const EVENTS_TILE_STRINGS = {
  eventsTile: { zh: '活动报名', en: 'Events' },
  eventsTileHint: {
    zh: '恳谈会、政策宣讲、微课堂、法律服务：报名、签到码、评价',
    en: 'Symposia, policy briefings, courses, legal service: register, check-in code, feedback',
  },
} as const;
