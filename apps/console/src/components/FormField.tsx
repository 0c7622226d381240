import type { ReactNode } from 'react';
import type { Bilingual } from '../i18n/LocaleContext';
import { useText } from '../i18n/useText';
import { selectError } from './selectError';

export interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown under the field and announced with it. */
  readonly error?: Bilingual | null;
  readonly hint?: string;
  readonly required?: boolean;
}

const FieldFrame = ({
  id,
  label,
  error,
  hint,
  required,
  children,
}: Omit<FieldProps, 'value' | 'onChange'> & { readonly children: ReactNode }) => {
  const { t } = useText();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required === true ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {hint === undefined ? null : (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
};

const describedBy = (props: FieldProps): string | undefined =>
  [props.hint === undefined ? null : `${props.id}-hint`, props.error ? `${props.id}-error` : null]
    .filter((x) => x !== null)
    .join(' ') || undefined;

/** What every control of a field carries: its id and name, value, required mark, error state and change. */
const controlOf = (props: FieldProps) => ({
  id: props.id,
  name: props.id,
  value: props.value,
  required: props.required,
  'aria-invalid': props.error ? true : undefined,
  'aria-describedby': describedBy(props),
  onChange: (event: { readonly target: { readonly value: string } }) => props.onChange(event.target.value),
});

export const TextField = (
  props: FieldProps & {
    readonly type?: 'text' | 'date' | 'datetime-local' | 'number' | 'tel';
    readonly inputMode?: 'numeric' | 'text' | 'tel';
  },
) => (
  <FieldFrame {...props}>
    <input {...controlOf(props)} type={props.type ?? 'text'} inputMode={props.inputMode} />
  </FieldFrame>
);

export const TextAreaField = (props: FieldProps & { readonly rows?: number }) => (
  <FieldFrame {...props}>
    <textarea {...controlOf(props)} rows={props.rows ?? 3} />
  </FieldFrame>
);

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** A select left unchosen is told which field to choose, never the schema's words (see `selectError`). */
export const SelectField = (rawProps: FieldProps & { readonly options: readonly Option[] }) => {
  const error = selectError(rawProps.error, {
    label: rawProps.label,
    value: rawProps.value,
    offered: rawProps.options.map((option) => option.value),
  });
  const props = { ...rawProps, error };
  return (
    <FieldFrame {...props}>
      <select {...controlOf(props)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
};
