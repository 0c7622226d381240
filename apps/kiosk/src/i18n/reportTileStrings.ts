import type { LocalizedText } from '@qinqing/shared/chinese-ids';

/** The home tile's words: the only report strings in the initial bundle. */
export const REPORT_TILE_STRINGS = {
  reportTile: { zh: '廉情监督举报', en: 'Report misconduct' },
  reportTileHint: {
    zh: '实名或匿名举报公职人员吃拿卡要、为官不为、官商勾结，凭回执码查询答复',
    en: 'Report officials’ misconduct by name or anonymously; follow up with a receipt code',
  },
} satisfies Record<string, LocalizedText>;
