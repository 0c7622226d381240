import { useContext } from 'react';
import { type Bilingual, type Lang, LocaleContext } from './LocaleContext';

export interface TextTools {
  readonly lang: Lang;
  /** Picks the current language from a bilingual message. */
  readonly t: (text: Bilingual) => string;
  /** Inline strings: `tr('收件箱', 'Inbox')`. */
  readonly tr: (zh: string, en: string) => string;
}

export const useText = (): TextTools => {
  const { lang } = useContext(LocaleContext);
  return {
    lang,
    t: (text) => (lang === 'zh' ? text.zh : text.en),
    tr: (zh, en) => (lang === 'zh' ? zh : en),
  };
};
