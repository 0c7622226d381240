import type { DomainError, DomainErrorKind, LocalizedMessage } from './domain-error';

/** A rule of a context: its name and the document it comes from, both in the two languages. */
export interface SourcedRule {
  readonly name: LocalizedMessage;
  readonly source: LocalizedMessage;
}

export interface RuleErrorOptions {
  /** The input field the refusal is about. */
  readonly field?: string;
  /** The setting (a policy field) that decided it, when the rule is configurable. */
  readonly setting?: string;
}

/**
 * The refusal factory of a context's rule table: a refusal names its rule, the setting that decided it (if
 * any) and the source — in the message people read and as `rule` for clients.
 */
export const ruleErrorOf =
  <Rule extends string>(rules: Readonly<Record<Rule, SourcedRule>>) =>
  <Code extends string>(
    kind: DomainErrorKind,
    code: Code,
    rule: Rule,
    message: LocalizedMessage,
    { field, setting }: RuleErrorOptions = {},
  ): DomainError<Code> => {
    const { name, source } = rules[rule];
    return {
      kind,
      code,
      message: {
        zh: `${message.zh}（${name.zh}；依据：${source.zh}${setting === undefined ? '' : `；设置：${setting}`}）`,
        en: `${message.en} (${name.en}; source: ${source.en}${setting === undefined ? '' : `; setting: ${setting}`})`,
      },
      ...(field === undefined ? {} : { field }),
      rule: { rule, ...(setting === undefined ? {} : { setting }), source: source.zh },
    };
  };
