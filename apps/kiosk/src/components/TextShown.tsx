/**
 * What has been typed so far, large; read-only because the on-screen keyboard is the way to type. A problem
 * with it (the server's message for this field) stands right under it and is announced with it.
 */
export const TextShown = ({
  id,
  label,
  value,
  multiline = false,
  error = null,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly multiline?: boolean;
  readonly error?: string | null;
}) => {
  const described = error === null ? undefined : `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          className="field__input"
          readOnly
          value={value}
          rows={4}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={described}
        />
      ) : (
        <input
          id={id}
          className="field__input"
          readOnly
          value={value}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={described}
        />
      )}
      {error === null ? null : (
        <p className="hint hint--error" role="alert" id={described}>
          {error}
        </p>
      )}
    </div>
  );
};
