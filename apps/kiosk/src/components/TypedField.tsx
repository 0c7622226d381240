import { PinyinKeyboard } from '../keyboards/PinyinKeyboard';
import { TextShown } from './TextShown';

/** One field typed on the on-screen pinyin keyboard: what is typed, its problem, the keyboard. */
export const TypedField = ({
  id,
  label,
  value,
  max,
  onChange,
  error,
  multiline = false,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** Characters at most (the API's limit for the field). */
  readonly max: number;
  readonly onChange: (value: string) => void;
  readonly error: string | null;
  readonly multiline?: boolean;
}) => (
  <>
    <TextShown id={id} label={label} value={value} multiline={multiline} error={error} />
    <PinyinKeyboard
      label={label}
      onInsert={(text) => onChange([...(value + text)].slice(0, max).join(''))}
      onDeleteLast={() => onChange([...value].slice(0, -1).join(''))}
    />
  </>
);
