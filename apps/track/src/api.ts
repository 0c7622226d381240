import type { TrackedRequest } from '@qinqing/appeals/contracts';
import type { Words } from './strings';

/** The API answered with an error; `text` is its bilingual message when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly text: Words | null,
  ) {
    super(`API answered ${status}`);
  }
}

export class Unreachable extends Error {}

const post = async <T>(path: string, body: unknown): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Unreachable(path);
  }
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as { message?: Partial<Words> } | null;
    const message = error?.message;
    throw new ApiError(
      response.status,
      typeof message?.zh === 'string' && typeof message.en === 'string'
        ? { zh: message.zh, en: message.en }
        : null,
    );
  }
  return (await response.json()) as T;
};

export interface Proof {
  readonly receiptCode: string;
  readonly phoneLast4: string;
}

/** The enterprise's view of its request; anyone holding the receipt may ask, no session needed. */
export const trackApi = {
  track: (proof: Proof) => post<TrackedRequest>('/appeals/track', proof),
  rate: (requestId: string, proof: Proof, rating: string, comment: string) =>
    post<unknown>(`/appeals/requests/${encodeURIComponent(requestId)}/rate`, { ...proof, rating, comment }),
  reopen: (requestId: string, proof: Proof, reason: string) =>
    post<unknown>(`/appeals/requests/${encodeURIComponent(requestId)}/reopen`, { ...proof, reason }),
};
