import type { RequestDetail, SubmitRequestBody } from '@qinqing/appeals/contracts';
import { expectStatus, HttpClient } from '../../console/http-client';

/** A request the app answered 201 for, and whether its hand-off was answered 200 too. */
export interface AcknowledgedRequest {
  readonly requestId: string;
  readonly title: string;
  handedOff: boolean;
}

/** What reading the acknowledged requests back found wrong, one line each; empty when all are there. */
export type Discrepancies = readonly string[];

const STAFF = { username: 'staff.wang', password: 'Demo!2026' } as const;
const DEPARTMENT = 'dept-market-regulation';

const signedInStaff = async (baseUrl: string): Promise<HttpClient> => {
  const staff = new HttpClient(`${baseUrl}/api`);
  await expectStatus('staff login', staff.post('/auth/login', STAFF), 200);
  return staff;
};

const requestBody = (title: string): SubmitRequestBody => ({
  enterprise: { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' },
  contact: { name: '周建国', phone: '13805741234' },
  category: 'approval-permits',
  title,
  description: '崩溃测试：进程被强制结束前已确认的诉求，重启后必须仍在。',
  channel: 'staff-phone',
});

/**
 * Staff filing requests and handing each one off to a department, several at once, until the app stops
 * answering. Only answers count: a 201 (filed) or a 200 (handed off) is an acknowledgement the store must
 * keep; a request still in flight when the process dies may or may not have been committed.
 */
export class StaffWorkload {
  readonly acknowledged: AcknowledgedRequest[] = [];
  private inFlightCount = 0;
  private stopped = false;
  private firstAcknowledgement: () => void = () => undefined;
  /** Resolves at the first acknowledgement of this run. */
  readonly acknowledgedOnce = new Promise<void>((resolve) => (this.firstAcknowledgement = resolve));

  constructor(private readonly label: string) {}

  /** Commands sent and not answered yet. */
  get inFlight(): number {
    return this.inFlightCount;
  }

  /** Runs `writers` staff sessions against the app until it goes away; resolves when all have stopped. */
  async run(baseUrl: string, writers: number): Promise<void> {
    const sessions = await Promise.all(Array.from({ length: writers }, () => signedInStaff(baseUrl)));
    await Promise.all(sessions.map((staff, writer) => this.write(staff, writer)));
  }

  private async write(staff: HttpClient, writer: number): Promise<void> {
    for (let n = 1; !this.stopped; n++) {
      const title = `${this.label} 写入者${writer} 第${n}件`;
      const filed = await this.send(() =>
        staff.post<{ requestId: string }>('/appeals/requests', requestBody(title)),
      );
      if (filed === null) return;
      if (filed.status !== 201) continue;
      const request: AcknowledgedRequest = { requestId: filed.body.requestId, title, handedOff: false };
      this.acknowledge(request);
      const handedOff = await this.send(() =>
        staff.post(`/appeals/requests/${request.requestId}/hand-off`, {
          toDepartmentId: DEPARTMENT,
          note: `${title} 转办`,
        }),
      );
      if (handedOff === null) return;
      if (handedOff.status === 200) request.handedOff = true;
    }
  }

  /** The answer, or null once the app is gone (the connection refused or cut). */
  private async send<T>(call: () => Promise<T>): Promise<T | null> {
    this.inFlightCount++;
    try {
      return await call();
    } catch {
      this.stopped = true;
      return null;
    } finally {
      this.inFlightCount--;
    }
  }

  private acknowledge(request: AcknowledgedRequest): void {
    this.acknowledged.push(request);
    this.firstAcknowledgement();
  }
}

/** Reads every acknowledged request back from a (restarted) app: each is there, handed off if that was acknowledged. */
export const findMissing = async (
  baseUrl: string,
  requests: readonly AcknowledgedRequest[],
): Promise<Discrepancies> => {
  const staff = await signedInStaff(baseUrl);
  const found: string[] = [];
  for (const request of requests) {
    const answer = await staff.get<RequestDetail>(`/appeals/requests/${request.requestId}`);
    if (answer.status !== 200) found.push(`${request.requestId} (${request.title}): HTTP ${answer.status}`);
    else if (answer.body.title !== request.title)
      found.push(
        `${request.requestId}: title ${JSON.stringify(answer.body.title)}, filed as ${request.title}`,
      );
    else if (request.handedOff && answer.body.pendingDepartmentId !== DEPARTMENT)
      found.push(
        `${request.requestId}: hand-off acknowledged, pending department ${answer.body.pendingDepartmentId}`,
      );
  }
  return found;
};
