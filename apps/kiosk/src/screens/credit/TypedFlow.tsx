import { type ReactNode, startTransition, useEffect, useState } from 'react';
import { StepFrame } from '../../components/StepFrame';
import { TypedField } from '../../components/TypedField';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import type { StringKey } from '../../i18n/strings';
import { useSubmission } from './useSubmission';

/** A step that takes one typed field: its id in the API's body, label, limit, and the schema's check. */
export interface TypedStep {
  readonly kind: 'typed';
  readonly field: string;
  readonly label: StringKey;
  readonly title: StringKey;
  readonly hint?: StringKey;
  /** Shown above the field (the record it is about). */
  readonly intro?: ReactNode;
  readonly max: number;
  readonly multiline?: boolean;
  readonly check: (value: string) => { success: boolean; error?: { issues: { message: string }[] } };
}

/** A step that shows something to read (the text to be signed) before going on. */
export interface ReadStep {
  readonly kind: 'read';
  readonly title: string;
  readonly body: ReactNode;
  /** The API field a refusal about this step names (the text's version). */
  readonly field?: string;
}

export type FlowStep = TypedStep | ReadStep;

/**
 * A kiosk form step by step: fields typed on the pinyin keyboard and texts to read, then a review that sends
 * it. A refusal naming a field brings the visitor back to its step with the server's message there. Objections,
 * repair applications (with the 信用承诺) and the integrity pledge (廉洁承诺) are all this.
 */
export const TypedFlow = ({
  steps,
  summary,
  submitLabel,
  send,
  onDirty,
  onCancel,
}: {
  readonly steps: readonly FlowStep[];
  /** The review's body, from what was typed. */
  readonly summary: (values: Readonly<Record<string, string>>) => ReactNode;
  readonly submitLabel: string;
  /** Sends the values; resolves when the server accepted them (the caller moves on). */
  readonly send: (values: Readonly<Record<string, string>>) => Promise<unknown>;
  readonly onDirty: (dirty: boolean) => void;
  readonly onCancel: () => void;
}) => {
  const { t } = useKioskPrefs();
  const [index, setIndex] = useState(0);
  const [values, setValues] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState<string | null>(null);
  const fields = steps.flatMap((step) => (step.field === undefined ? [] : [step.field]));
  const submission = useSubmission(fields);
  const dirty = Object.values(values).some((value) => value !== '');
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const atFault = submission.firstFieldAtFault;
  const faultAt = steps.findIndex((step) => step.field !== undefined && step.field === atFault);
  useEffect(() => {
    if (faultAt >= 0) startTransition(() => setIndex(faultAt));
  }, [faultAt]);

  const total = steps.length + 1;
  const go = (to: number) => {
    setChecked(null);
    if (to < 0) onCancel();
    else startTransition(() => setIndex(to));
  };
  const step = steps[index];
  if (step === undefined)
    return (
      <StepFrame
        n={total}
        total={total}
        title={t('reviewTitle')}
        error={submission.otherError}
        onBack={() => go(steps.length - 1)}
        primary={{
          label: submission.busy ? t('submitting') : submitLabel,
          disabled: submission.busy,
          onClick: () => void submission.run(() => send(values)),
        }}
      >
        {summary(values)}
      </StepFrame>
    );
  if (step.kind === 'read')
    return (
      <StepFrame
        n={index + 1}
        total={total}
        title={step.title}
        error={step.field === undefined ? null : submission.fieldError(step.field)}
        onBack={() => go(index - 1)}
        primary={{ label: `${t('next')} →`, onClick: () => go(index + 1) }}
      >
        {step.body}
      </StepFrame>
    );
  const value = values[step.field] ?? '';
  return (
    <StepFrame
      n={index + 1}
      total={total}
      title={t(step.title)}
      typing
      error={null}
      onBack={() => go(index - 1)}
      primary={{
        label: `${t('next')} →`,
        onClick: () => {
          const problem = submission.check(step.check(value));
          setChecked(problem);
          if (problem === null) go(index + 1);
        },
      }}
    >
      {step.intro}
      {step.hint === undefined ? null : <p className="hint">{t(step.hint)}</p>}
      <TypedField
        key={step.field}
        id={`typed-${step.field.replace(/\W/gu, '-')}`}
        label={t(step.label)}
        value={value}
        max={step.max}
        multiline={step.multiline}
        onChange={(next) => {
          setValues((all) => ({ ...all, [step.field]: next }));
          setChecked(null);
          submission.clear();
        }}
        error={checked ?? submission.fieldError(step.field)}
      />
    </StepFrame>
  );
};
