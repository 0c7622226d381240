import type { Bilingual } from '../i18n/LocaleContext';

/** "请选择销号结果" / "Choose the outcome", from the label as it is shown (in the language on screen). */
export const chooseMessage = (label: string): Bilingual => {
  // "Outcome" → "the outcome", but an initialism ("GB code") keeps its capitals.
  const lowered = /^[A-Z][a-z]/u.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
  return { zh: `请选择${label}`, en: `Choose the ${lowered}` };
};

/**
 * The error a select shows. When it was refused with nothing (or no option it offers) chosen, it says which
 * field to choose: the enums of the shared schemas otherwise answer with the values they take ("Must be one of
 * "rectified", "accountability""), which are the API's words, not the options on screen. A refusal of an option
 * actually chosen keeps its own words.
 */
export const selectError = (
  error: Bilingual | null | undefined,
  select: { readonly label: string; readonly value: string; readonly offered: readonly string[] },
): Bilingual | null => {
  if (!error) return null;
  const chosen = select.value !== '' && select.offered.includes(select.value);
  return chosen ? error : chooseMessage(select.label);
};
