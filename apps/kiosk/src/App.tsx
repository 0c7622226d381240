/** The kiosk shell; the screens arrive with the kiosk issue. */
export const App = () => <main lang="zh-CN">亲清家园</main>;
