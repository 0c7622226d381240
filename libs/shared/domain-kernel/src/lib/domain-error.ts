/**
 * A rule of the domain refused a command. `kind` tells the transport how to answer
 * (validation → 400, forbidden → 403, not-found → 404, conflict → 409) without the domain knowing HTTP.
 */
export type DomainErrorKind = 'validation' | 'forbidden' | 'not-found' | 'conflict';

export interface LocalizedMessage {
  readonly zh: string;
  readonly en: string;
}

/**
 * The rule behind a refusal: what it is called, the setting (a policy field) that decided it when the rule is
 * configurable, and the source document it comes from. The message names them too, in words people read.
 */
export interface RuleReference {
  readonly rule: string;
  readonly setting?: string;
  readonly source: string;
}

export interface DomainError<Code extends string = string> {
  readonly kind: DomainErrorKind;
  readonly code: Code;
  readonly message: LocalizedMessage;
  /** The input field the error is about, when there is one. */
  readonly field?: string;
  readonly rule?: RuleReference;
}

export const domainError = <Code extends string>(
  kind: DomainErrorKind,
  code: Code,
  message: LocalizedMessage,
  field?: string,
): DomainError<Code> => (field === undefined ? { kind, code, message } : { kind, code, message, field });
