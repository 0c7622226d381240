/** The console shell; the screens arrive with the console issue. */
export const App = () => <main lang="zh-CN">亲清平台工作台</main>;
