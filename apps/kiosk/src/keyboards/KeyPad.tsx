import { useKioskPrefs } from '../i18n/useKioskPrefs';

export interface KeyPadProps {
  /** Rows of keys; each key types itself. */
  readonly rows: readonly (readonly string[])[];
  readonly onKey: (key: string) => void;
  readonly onDelete: () => void;
  readonly onClear?: () => void;
  readonly label: string;
  readonly wide?: boolean;
}

/** Big on-screen keys (≥ 64 px) for codes and numbers: nothing but the characters the field can take. */
export const KeyPad = ({ rows, onKey, onDelete, onClear, label, wide = false }: KeyPadProps) => {
  const { t } = useKioskPrefs();
  return (
    <div className={`keypad${wide ? ' keypad--wide' : ''}`} role="group" aria-label={label}>
      {rows.map((row) => (
        <div className="keypad__row" key={row.join('')}>
          {row.map((key) => (
            <button type="button" className="key" key={key} onClick={() => onKey(key)}>
              {key}
            </button>
          ))}
        </div>
      ))}
      <div className="keypad__row">
        {onClear === undefined ? null : (
          <button type="button" className="key key--action" onClick={onClear}>
            {t('clear')}
          </button>
        )}
        <button type="button" className="key key--action" onClick={onDelete} aria-label={t('delete')}>
          ⌫ {t('delete')}
        </button>
      </div>
    </div>
  );
};

export const DIGIT_ROWS = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9'], ['0']] as const;
