import { useEffect, useRef, useState } from 'react';
import { useKioskPrefs } from '../i18n/useKioskPrefs';

interface SpeechRecognitionResultEvent {
  readonly results: ArrayLike<ArrayLike<{ readonly transcript: string }>>;
}

interface SpeechRecognitionLike {
  lang: string;
  interimResults: boolean;
  onresult: ((event: SpeechRecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
  start(): void;
  abort(): void;
}

type SpeechRecognitionConstructor = new () => SpeechRecognitionLike;

const recognitionConstructor = (): SpeechRecognitionConstructor | null => {
  const w = window as unknown as {
    SpeechRecognition?: SpeechRecognitionConstructor;
    webkitSpeechRecognition?: SpeechRecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
};

/** Dictation where the browser offers it (Web Speech API); absent, the button is not shown at all. */
export const VoiceInputButton = ({ onText }: { readonly onText: (text: string) => void }) => {
  const { t, lang } = useKioskPrefs();
  const [listening, setListening] = useState(false);
  const recognition = useRef<SpeechRecognitionLike | null>(null);
  useEffect(() => () => recognition.current?.abort(), []);
  const Recognition = recognitionConstructor();
  if (Recognition === null) return null;

  const start = () => {
    const r = new Recognition();
    r.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
    r.interimResults = false;
    r.onresult = (event) => {
      const text = Array.from(event.results, (result) => result[0]?.transcript ?? '').join('');
      if (text !== '') onText(text);
    };
    r.onend = r.onerror = () => setListening(false);
    recognition.current = r;
    setListening(true);
    r.start();
  };

  return (
    <button type="button" className="key key--action" onClick={start} disabled={listening}>
      {listening ? t('listening') : t('voice')}
    </button>
  );
};
