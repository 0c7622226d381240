import { useState } from 'react';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { usePinyinCandidates } from './usePinyinCandidates';

const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;
const PAGE = 12;

export interface PinyinKeyboardProps {
  readonly onInsert: (text: string) => void;
  readonly onDeleteLast: () => void;
  readonly label: string;
}

/**
 * Chinese input on the screen: type pinyin (no tones; ü as v), tap a character or word among the candidates.
 * A switch gives Latin letters and digits for names like "ABC 科技". No voice input: the browsers' speech API
 * sends audio to a cloud service that kiosks in mainland centres cannot reach, so a button for it would do nothing.
 */
export const PinyinKeyboard = ({ onInsert, onDeleteLast, label }: PinyinKeyboardProps) => {
  const { t } = useKioskPrefs();
  const [mode, setMode] = useState<'zh' | 'latin'>('zh');
  const [pinyin, setPinyin] = useState('');
  const [page, setPage] = useState(0);
  const { loading, answered, candidates } = usePinyinCandidates(pinyin);
  const shown = candidates.slice(page * PAGE, page * PAGE + PAGE);

  const typeLetter = (letter: string) => {
    if (mode === 'latin') onInsert(letter);
    else {
      setPinyin((p) => (p.length < 24 ? p + letter : p));
      setPage(0);
    }
  };
  const pick = (text: string, consumes: number) => {
    onInsert(text);
    setPinyin((p) => p.slice(consumes));
    setPage(0);
  };
  const del = () => {
    if (pinyin !== '') {
      setPinyin((p) => p.slice(0, -1));
      setPage(0);
    } else onDeleteLast();
  };
  const space = () => {
    const first = candidates[0];
    if (pinyin !== '' && first !== undefined) pick(first.text, first.consumes);
    else if (pinyin === '') onInsert(mode === 'zh' ? '' : ' ');
  };

  return (
    <div className="keyboard" role="group" aria-label={label}>
      <div className="keyboard__composition" aria-live="polite">
        <span className="keyboard__pinyin">{pinyin}</span>
        {pinyin !== '' && loading ? <span>{t('loadingDictionary')}</span> : null}
        {answered && candidates.length === 0 ? (
          <span className="hint hint--error">{t('noCandidate')}</span>
        ) : null}
      </div>
      <div className="keyboard__candidates" role="group" aria-label={t('candidates')}>
        {shown.map((candidate) => (
          <button
            type="button"
            className="candidate"
            key={candidate.text}
            onClick={() => pick(candidate.text, candidate.consumes)}
          >
            {candidate.text}
          </button>
        ))}
        {candidates.length > PAGE ? (
          <button
            type="button"
            className="candidate candidate--more"
            aria-label="more"
            onClick={() => setPage((p) => ((p + 1) * PAGE < candidates.length ? p + 1 : 0))}
          >
            ▶
          </button>
        ) : null}
      </div>
      {mode === 'latin' ? (
        <div className="keypad__row">
          {'1234567890'.split('').map((digit) => (
            <button type="button" className="key" key={digit} onClick={() => onInsert(digit)}>
              {digit}
            </button>
          ))}
        </div>
      ) : null}
      {LETTER_ROWS.map((row) => (
        <div className="keypad__row" key={row}>
          {row.split('').map((letter) => (
            <button type="button" className="key" key={letter} onClick={() => typeLetter(letter)}>
              {mode === 'latin' ? letter.toUpperCase() : letter}
            </button>
          ))}
        </div>
      ))}
      <div className="keypad__row">
        <button
          type="button"
          className="key key--action"
          aria-pressed={mode === 'latin'}
          onClick={() => {
            setMode((m) => (m === 'zh' ? 'latin' : 'zh'));
            setPinyin('');
          }}
        >
          {mode === 'zh' ? `中 → ${t('latin')}` : `A → ${t('chinese')}`}
        </button>
        {['，', '。', '、'].map((mark) => (
          <button type="button" className="key" key={mark} onClick={() => onInsert(mark)}>
            {mark}
          </button>
        ))}
        <button type="button" className="key key--space" onClick={space}>
          {t('space')}
        </button>
        <button type="button" className="key key--action" onClick={del}>
          ⌫ {t('delete')}
        </button>
      </div>
    </div>
  );
};
