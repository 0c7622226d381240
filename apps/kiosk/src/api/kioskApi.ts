import type { SubmitRequestBody, TrackedRequest } from '@qinqing/appeals/contracts';
import type { MyLiaisonView } from '@qinqing/liaison/contracts';
import type { Rating } from '@qinqing/appeals/domain';
import type { LocalizedText } from '@qinqing/shared/chinese-ids';

/** The API as the embedded app serves it next to the kiosk (same origin: cookies and CSRF checks just work). */
const API = '/api';

export interface SubmitResponse {
  readonly requestId: string;
  readonly receiptCode: string;
  readonly status: string;
  readonly title: string;
  readonly submittedAt: string;
  readonly dues: Readonly<Record<string, string | null>>;
  /** Day 0 of the clocks and the counting rule in words (filed after office hours or on a day off: next working day). */
  readonly receivedOn?: string;
  readonly countingRule?: LocalizedText;
  /** Clocks whose due date is provisional (a holiday notice it depends on is not loaded); absent offline. */
  readonly provisionalDues?: readonly string[];
  readonly replayed: boolean;
}

/** The centre this kiosk stands in, as the receipt prints it. */
export interface KioskCentre {
  readonly unitId: string;
  readonly name: LocalizedText;
  readonly hotline: string | null;
}

export interface KioskIdentity {
  readonly role: { readonly id: string };
  readonly centre: KioskCentre | null;
}

/** The API answered with an error; `message` is its bilingual explanation when it gave one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly text: LocalizedText | null,
    /** The fields a 400 named, each with its message, so a step shows it beside its field. */
    readonly fields: readonly { readonly field: string; readonly text: LocalizedText }[] = [],
  ) {
    super(`API answered ${status}`);
  }

  /** The message for one field of the body, if the API named it. */
  textFor(field: string): LocalizedText | null {
    return this.fields.find((problem) => problem.field === field)?.text ?? null;
  }
}

const isLocalized = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;

/** `{field, message}` for a refusal about one field, `{fields: […]}` for a validation 400. */
const fieldsOf = (error: {
  field?: unknown;
  message?: unknown;
  fields?: unknown;
}): { field: string; text: LocalizedText }[] => {
  const listed = Array.isArray(error.fields)
    ? error.fields.flatMap((problem: { field?: unknown; message?: unknown }) =>
        typeof problem.field === 'string' && isLocalized(problem.message)
          ? [{ field: problem.field, text: problem.message }]
          : [],
      )
    : [];
  return typeof error.field === 'string' && isLocalized(error.message)
    ? [...listed, { field: error.field, text: error.message }]
    : listed;
};

/** The API could not be reached at all (network down, server restarting behind a proxy). */
export class ApiUnreachable extends Error {}

export const call = async <T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiUnreachable(`${method} ${path} did not reach the API`);
  }
  if (response.status === 502 || response.status === 503 || response.status === 504)
    throw new ApiUnreachable(`${method} ${path}: ${response.status}`);
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as {
      message?: unknown;
      field?: unknown;
      fields?: unknown;
    } | null;
    const message = error?.message;
    throw new ApiError(
      response.status,
      isLocalized(message) ? message : null,
      error === null ? [] : fieldsOf(error),
    );
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
};

/** A code was sent to the enterprise's registered phone (shown masked). */
export interface CodeSent {
  readonly creditCode: string;
  readonly name: string;
  readonly sentTo: string;
  readonly expiresAt: string;
  readonly codeLength: number;
}

export const kioskApi = {
  /** Whether this browser holds a kiosk device cookie (the cookie itself is HttpOnly, out of reach). */
  whoAmI: () => call<KioskIdentity>('GET', '/auth/me'),
  provision: (credential: string) => call<unknown>('POST', '/kiosk/device-session', { credential }),
  startWalkIn: () => call<unknown>('POST', '/kiosk/sessions'),
  endWalkIn: () => call<void>('DELETE', '/kiosk/sessions/current'),
  /** Identification: a one-time code to the enterprise's registered phone, typed back for a proof identity takes. */
  askIdentificationCode: (creditCode: string) =>
    call<CodeSent>('POST', '/enterprises/identification-codes', { creditCode }),
  /** Uses the code up: the proof it earns lasts two minutes, so a failed identify is retried with the proof. */
  verifyIdentificationCode: async (creditCode: string, code: string) =>
    (await call<{ proof: string }>('POST', '/enterprises/identification-codes/verify', { creditCode, code }))
      .proof,
  identify: (proof: string) => call<unknown>('POST', '/kiosk/sessions/identify', { proof }),
  myLiaison: () => call<MyLiaisonView>('GET', '/liaison/my-liaison'),
  submit: (body: SubmitRequestBody, idempotencyKey: string) =>
    call<SubmitResponse>('POST', '/appeals/requests', body, { 'Idempotency-Key': idempotencyKey }),
  track: (receiptCode: string, phoneLast4: string) =>
    call<TrackedRequest>('POST', '/appeals/track', { receiptCode, phoneLast4 }),
  rate: (requestId: string, receiptCode: string, phoneLast4: string, rating: Rating, comment: string) =>
    call<unknown>('POST', `/appeals/requests/${encodeURIComponent(requestId)}/rate`, {
      receiptCode,
      phoneLast4,
      rating,
      comment,
    }),
  reopen: (requestId: string, receiptCode: string, phoneLast4: string, reason: string) =>
    call<unknown>('POST', `/appeals/requests/${encodeURIComponent(requestId)}/reopen`, {
      receiptCode,
      phoneLast4,
      reason,
    }),
};
