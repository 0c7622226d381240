/** How a request reached us (DOMAIN.md §2 channels; J 三(六)). */
export const REQUEST_CHANNELS = [
  'kiosk',
  'staff-walk-in',
  'staff-phone',
  'liaison-visit',
  'online',
  'joint-meeting',
  'suggestion-box',
  'wechat',
] as const;

export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const REQUEST_CHANNEL_NAMES: Record<RequestChannel, { readonly zh: string; readonly en: string }> = {
  kiosk: { zh: '自助终端', en: 'Kiosk' },
  'staff-walk-in': { zh: '窗口代办', en: 'Walk-in at the desk' },
  'staff-phone': { zh: '电话受理', en: 'Phone' },
  'liaison-visit': { zh: '挂钩走访', en: 'Liaison visit' },
  online: { zh: '网上受理', en: 'Online' },
  'joint-meeting': { zh: '联席会议', en: 'Joint meeting' },
  'suggestion-box': { zh: '意见箱', en: 'Suggestion box' },
  wechat: { zh: '微信', en: 'WeChat' },
};
