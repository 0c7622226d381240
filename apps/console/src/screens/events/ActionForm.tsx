import { type FieldProps, TextField } from '../../components/FormField';

/**
 * One of the organiser's quick actions on an event (check in, register, cancel): a single field and its button
 * under it, the field's problem from the API shown on it.
 */
export const ActionForm = ({
  submitLabel,
  primary = false,
  busy,
  onSubmit,
  ...field
}: Omit<FieldProps, 'hint' | 'required'> & {
  readonly submitLabel: string;
  readonly primary?: boolean;
  readonly busy: boolean;
  readonly onSubmit: () => void;
}) => (
  <form
    onSubmit={(e) => {
      e.preventDefault();
      onSubmit();
    }}
  >
    <TextField {...field} />
    <button type="submit" className={primary ? 'button button--primary' : 'button'} disabled={busy}>
      {submitLabel}
    </button>
  </form>
);
