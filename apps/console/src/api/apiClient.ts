import { type FieldProblem, messageUnderField } from '@qinqing/shared/contracts-kit';
import type { Bilingual } from '../i18n/LocaleContext';

export type { FieldProblem };

/** Every error answer of the API has this shape. */
export interface ApiProblem {
  readonly error: string;
  readonly message: Bilingual;
  readonly field?: string;
  readonly fields?: readonly FieldProblem[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ApiProblem,
  ) {
    super(problem.message.en);
    this.name = 'ApiError';
  }

  /** The message for one field (exact path, or the first problem under it), if the API named it. */
  messageFor(field: string): Bilingual | null {
    const found = this.problem.fields?.find((p) => p.field === field || p.field.startsWith(`${field}.`));
    if (found !== undefined) return found.message;
    return this.problem.field === field ? this.problem.message : null;
  }
}

let unauthorizedHandler: () => void = () => undefined;

/** The session sets this: a 401 anywhere but the login form itself returns to the login screen. */
export const onUnauthorized = (handler: () => void): void => {
  unauthorizedHandler = handler;
};

const isProblem = (value: unknown): value is ApiProblem =>
  typeof value === 'object' &&
  value !== null &&
  'error' in value &&
  'message' in value &&
  typeof (value as { message: unknown }).message === 'object';

export interface ApiRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  /** A file sent as it is (a CSV import), instead of a JSON body. */
  readonly raw?: { readonly text: string; readonly contentType: string };
  readonly headers?: Record<string, string>;
  /** Login answers 401 for a wrong password: that is a form error, not an expired session. */
  readonly expect401?: boolean;
}

/**
 * The console shows each field problem under its field: without the field's API name, which the API's own
 * wording starts with ("“username”不能为空" → "不能为空"; `messageUnderField`).
 */
const shownUnderFields = (problem: ApiProblem): ApiProblem =>
  problem.fields === undefined
    ? problem
    : { ...problem, fields: problem.fields.map((p) => ({ ...p, message: messageUnderField(p) })) };

/** Same-origin fetch with the session cookie; error answers become `ApiError`. */
export const api = async <T>(path: string, request: ApiRequest = {}): Promise<T> => {
  const response = await fetch(`/api${path}`, {
    method: request.method ?? 'GET',
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(request.raw === undefined ? {} : { 'content-type': request.raw.contentType }),
      ...request.headers,
    },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    ...(request.raw === undefined ? {} : { body: request.raw.text }),
  });
  const text = await response.text();
  const parsed: unknown = text === '' ? null : JSON.parse(text);
  if (!response.ok) {
    if (response.status === 401 && request.expect401 !== true) unauthorizedHandler();
    throw new ApiError(
      response.status,
      isProblem(parsed)
        ? shownUnderFields(parsed)
        : {
            error: 'http-error',
            message: { zh: `请求失败（${response.status}）`, en: `Request failed (${response.status})` },
          },
    );
  }
  return parsed as T;
};

/** Query strings from an object, leaving out empty values. */
export const queryString = (query: Record<string, string | number | undefined>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};
