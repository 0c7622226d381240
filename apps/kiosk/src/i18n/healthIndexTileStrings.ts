/** The home tile's words for the area's 亲清健康指数; the screen's own words load with its chunk. */
export const HEALTH_INDEX_TILE_STRINGS = {
  healthIndexTile: { zh: '亲清健康指数', en: 'Qin-Qing health index' },
  healthIndexTileHint: {
    zh: '本中心所在区县最近一个半年度的亲清政商关系得分',
    en: "The latest half year's scores of this centre's county",
  },
} as const;
