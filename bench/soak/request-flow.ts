import { logIn, SUBMISSION } from '../http/api-client';

/** The appeals events a flow's acknowledged steps must have left in the appeals log. */
export type FlowStep = 'RequestSubmitted' | 'RequestHandedOff' | 'RequestAccepted' | 'RequestResolved';

/** How one HTTP call of the load ended. */
export type CallOutcome =
  | { readonly kind: 'acknowledged' }
  /** The gateway said the service is away (502/503/504), or the connection failed: a service was down. */
  | { readonly kind: 'refused'; readonly status: number | 'no answer' }
  | { readonly kind: 'failed'; readonly status: number; readonly body: string };

export interface FlowRecorder {
  acknowledged(requestId: string, step: FlowStep): void;
  ended(outcome: CallOutcome, step: FlowStep): void;
}

export interface FlowClient {
  /** One request's life through the gateway: filed at the centre, handed off, accepted and resolved. */
  run(recorder: FlowRecorder): Promise<void>;
}

const CALL_TIMEOUT_MS = 30_000;
const SERVICE_AWAY = new Set([502, 503, 504]);

/**
 * A request's life as the console drives it, through the gateway: staff.wang files it at the Haishu centre and
 * hands it off to market regulation, handler.li accepts and resolves it. Each step is an appeals command whose
 * events the appeals relay publishes (service centre and liaison consume them). A step refused because a
 * service is down ends the flow: the request stays where it got to.
 */
export const requestFlowClient = async (gatewayUrl: string): Promise<FlowClient> => {
  const staff = await logIn(gatewayUrl, 'staff.wang');
  const handler = await logIn(gatewayUrl, 'handler.li');
  const post = async (
    cookie: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; text: string }> => {
    const answer = await fetch(`${gatewayUrl}/api/appeals/requests${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: body === undefined ? (path === '' ? SUBMISSION : '{}') : JSON.stringify(body),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    return { status: answer.status, text: await answer.text() };
  };
  const step = async (
    recorder: FlowRecorder,
    name: FlowStep,
    call: () => Promise<{ status: number; text: string }>,
  ): Promise<string | null> => {
    let answer: { status: number; text: string };
    try {
      answer = await call();
    } catch {
      recorder.ended({ kind: 'refused', status: 'no answer' }, name);
      return null;
    }
    if (answer.status >= 200 && answer.status < 300) {
      recorder.ended({ kind: 'acknowledged' }, name);
      return answer.text;
    }
    recorder.ended(
      SERVICE_AWAY.has(answer.status)
        ? { kind: 'refused', status: answer.status }
        : { kind: 'failed', status: answer.status, body: answer.text.slice(0, 300) },
      name,
    );
    return null;
  };
  return {
    async run(recorder) {
      const filed = await step(recorder, 'RequestSubmitted', () => post(staff, ''));
      if (filed === null) return;
      const { requestId } = JSON.parse(filed) as { requestId: string };
      recorder.acknowledged(requestId, 'RequestSubmitted');
      const rest: readonly [FlowStep, () => Promise<{ status: number; text: string }>][] = [
        [
          'RequestHandedOff',
          () =>
            post(staff, `/${requestId}/hand-off`, {
              toDepartmentId: 'dept-market-regulation',
              note: '请市场监管局答复经营场所变更事项',
            }),
        ],
        ['RequestAccepted', () => post(handler, `/${requestId}/accept`)],
        [
          'RequestResolved',
          () => post(handler, `/${requestId}/resolve`, { answer: '已指导企业准备变更登记材料' }),
        ],
      ];
      for (const [name, call] of rest) {
        if ((await step(recorder, name, call)) === null) return;
        recorder.acknowledged(requestId, name);
      }
    },
  };
};
