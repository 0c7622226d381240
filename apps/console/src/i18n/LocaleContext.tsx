import { createContext, type ReactNode, useEffect, useMemo, useState } from 'react';

export type Lang = 'zh' | 'en';

/** A message in both languages of the platform, as the API and the shared libraries give them. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface LocaleValue {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

export const LocaleContext = createContext<LocaleValue>({ lang: 'zh', setLang: () => undefined });

const STORAGE_KEY = 'console.lang';

const initialLang = (): Lang => (globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh');

/** Zh-CN by default; the English switch is remembered in this browser. */
export const LocaleProvider = ({ children }: { readonly children: ReactNode }) => {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo<LocaleValue>(
    () => ({
      lang,
      setLang: (next) => {
        globalThis.localStorage?.setItem(STORAGE_KEY, next);
        setLangState(next);
      },
    }),
    [lang],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
};
