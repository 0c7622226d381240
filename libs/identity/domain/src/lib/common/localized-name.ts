import type { LocalizedName } from '../roles/role';

/** Trims both languages; null when either is empty or longer than allowed. */
export const normaliseLocalizedName = (
  name: LocalizedName,
  limits: { readonly zh: number; readonly en: number },
): LocalizedName | null => {
  const zh = name.zh.trim();
  const en = name.en.trim();
  if (zh.length === 0 || en.length === 0 || [...zh].length > limits.zh || [...en].length > limits.en) {
    return null;
  }
  return { zh, en };
};
