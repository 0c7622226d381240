import type { LocalizedText } from './localized-text';

/** Why an input is not (yet) a valid identifier, worded for the person typing it. */
export interface IdentifierProblem<Reason extends string> {
  readonly ok: false;
  readonly reason: Reason;
  readonly message: LocalizedText;
  /** 1-based position of the character at fault, when one character is. */
  readonly position?: number;
}

export type IdentifierValidation<
  Value,
  Reason extends string,
  Details extends object = Record<never, never>,
> = ({ readonly ok: true; readonly value: Value } & Details) | IdentifierProblem<Reason>;

export const problem = <Reason extends string>(
  reason: Reason,
  message: LocalizedText,
  position?: number,
): IdentifierProblem<Reason> =>
  position === undefined ? { ok: false, reason, message } : { ok: false, reason, message, position };
