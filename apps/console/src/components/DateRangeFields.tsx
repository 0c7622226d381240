import { type FieldProps, TextField } from './FormField';

/**
 * A from–to pair of date fields (or date-and-time ones), one after the other in the form's flow; each end keeps
 * its own id, label and error, so the API's field messages land under the right one.
 */
export const DateRangeFields = ({
  type = 'date',
  from,
  to,
}: {
  readonly type?: 'date' | 'datetime-local';
  readonly from: FieldProps;
  readonly to: FieldProps;
}) => (
  <>
    <TextField type={type} {...from} />
    <TextField type={type} {...to} />
  </>
);
