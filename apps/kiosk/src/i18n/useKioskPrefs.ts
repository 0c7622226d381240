import { createContext, useContext } from 'react';
import type { LocalizedText } from '@qinqing/shared/chinese-ids';
import { fill, type Lang, STRINGS, type StringKey } from './strings';

export interface KioskPrefs {
  readonly lang: Lang;
  readonly elder: boolean;
  setLang(lang: Lang): void;
  setElder(elder: boolean): void;
}

export const KioskPrefsContext = createContext<KioskPrefs>({
  lang: 'zh',
  elder: false,
  setLang: () => undefined,
  setElder: () => undefined,
});

/** The visitor's language and display choices, and a translator for the kiosk's words. */
export const useKioskPrefs = () => {
  const prefs = useContext(KioskPrefsContext);
  const t = (key: StringKey, values?: Record<string, string | number>): string => {
    const text = STRINGS[key][prefs.lang];
    return values === undefined ? text : fill(text, values);
  };
  const local = (text: LocalizedText): string => text[prefs.lang];
  return { ...prefs, t, local };
};
