import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';

/** A valid 统一社会信用代码 of a Haishu enterprise. */
const creditCode = (): string => {
  const organisation = 'BENCH001';
  const first17 = `91330203${organisation}${computeOrganisationCodeCheckChar(organisation)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

/** The body of the request bench:http files through the API, again and again. */
export const SUBMISSION = JSON.stringify({
  enterprise: { creditCode: creditCode(), name: '宁波压测企业有限公司' },
  contact: { name: '张三', phone: '13800001234' },
  category: 'market-order',
  title: '经营场所变更登记',
  description: '企业搬迁后需要办理经营场所变更登记，材料准备情况请部门指导。',
});

/** Logs a demo account in through the API; its session cookie, to send as a `cookie` header. */
export const logIn = async (base: string, username: string): Promise<string> => {
  const answer = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (answer.status !== 200) throw new Error(`log in as ${username}: ${answer.status}`);
  return answer.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
};
