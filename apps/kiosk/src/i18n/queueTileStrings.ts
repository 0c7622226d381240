import type { LocalizedText } from '@qinqing/shared/chinese-ids';

/** The home tile of the walk-in queue: in the kiosk's first load. */
export const QUEUE_TILE_STRINGS = {
  queueTile: { zh: '取号排队', en: 'Take a ticket' },
  queueTileHint: {
    zh: '到窗口办理诉求、政策咨询、矛盾调解、信用、党建等事项',
    en: 'For a counter: requests, policy advice, mediation, credit, party building',
  },
} satisfies Record<string, LocalizedText>;
