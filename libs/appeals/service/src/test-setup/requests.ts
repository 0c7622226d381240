import type { SubmitRequestBody } from '@qinqing/appeals/contracts';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import type { ApiAnswer, ApiClient, ErrorBody } from './api-client';

/** A valid 统一社会信用代码 for an enterprise (91), a Ningbo district and an 8-character organisation code. */
export const creditCodeFor = (organisation8: string, region = '330203'): string => {
  const first17 = `91${region}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

export interface TestEnterprise {
  readonly creditCode: string;
  readonly name: string;
  readonly contactName: string;
  readonly phone: string;
}

let enterprises = 0;

/** A fresh enterprise (valid code, unique in the run) with a contact mobile ending in `phoneLast4`. */
export const testEnterprise = (phoneLast4 = '1234'): TestEnterprise => {
  const n = ++enterprises;
  const organisation8 = `MT${String(n).padStart(6, '0')}`;
  return {
    creditCode: creditCodeFor(organisation8),
    name: `宁波测试企业${n}号有限公司`,
    contactName: '张三',
    phone: `138${String(n % 10_000).padStart(4, '0')}${phoneLast4}`,
  };
};

let titles = 0;

/** A valid submission body for an enterprise; `overrides` replaces top-level fields. */
export const requestBody = (
  enterprise: TestEnterprise,
  overrides: Partial<SubmitRequestBody> = {},
): SubmitRequestBody => ({
  enterprise: { creditCode: enterprise.creditCode, name: enterprise.name },
  contact: { name: enterprise.contactName, phone: enterprise.phone },
  category: 'market-order',
  title: `测试诉求 ${++titles}：经营场所变更登记`,
  description: '企业搬迁后需要办理经营场所变更登记，材料准备情况请部门指导。',
  ...overrides,
});

export interface Submitted {
  readonly requestId: string;
  readonly receiptCode: string;
  readonly status: string;
  readonly dues: Record<'accept' | 'reply' | 'resolve' | 'report-up' | 'inform', string>;
  readonly provisionalDues: readonly string[];
  readonly provisionalYears: readonly number[];
  readonly replayed: boolean;
}

/** Answer of every request command (`RequestCommandResponse`). */
export interface CommandAnswer {
  readonly requestId: string;
  readonly status: string;
  readonly recorded: readonly string[];
  readonly replayed: boolean;
}

/** Files a request and insists on 201. */
export const fileRequest = async (
  client: ApiClient,
  body: SubmitRequestBody,
  headers: Record<string, string> = {},
): Promise<Submitted> => {
  const answer = await client.post<Submitted & ErrorBody>('/api/appeals/requests', body, headers);
  if (answer.status !== 201)
    throw new Error(`file a request: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

/** Runs a request command (`POST /api/appeals/requests/:id/<action>`) and insists on 200. */
export const act = async (
  client: ApiClient,
  requestId: string,
  action: string,
  body?: unknown,
): Promise<CommandAnswer> => {
  const answer: ApiAnswer<CommandAnswer & ErrorBody> = await client.post(
    `/api/appeals/requests/${requestId}/${action}`,
    body,
  );
  if (answer.status !== 200) {
    throw new Error(`${action} on ${requestId}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
};

/** The last four digits of a phone: half of the receipt proof. */
export const last4 = (phone: string): string => phone.slice(-4);
