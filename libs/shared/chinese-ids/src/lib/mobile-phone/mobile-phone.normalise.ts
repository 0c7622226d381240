import { normaliseIdentifierInput } from '../common/normalise-identifier-input';

/**
 * Drops what people add around a mobile number: spaces and hyphens between groups, and the country code when
 * written as +86 or 0086 (a bare leading 86 is left alone: it cannot be told apart from a mistyped number).
 */
export const normaliseMobileNumber = (input: string): string =>
  normaliseIdentifierInput(input)
    .replace(/-/gu, '')
    .replace(/^(?:\+|00)86/u, '');
