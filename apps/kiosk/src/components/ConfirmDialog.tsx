import { useEffect, useRef } from 'react';

/**
 * A question that must be answered before something is lost or becomes final, on a large modal card. The
 * safe choice has the focus and comes first; the other is named for what it does ("放弃并回首页").
 */
export const ConfirmDialog = ({
  title,
  text,
  stayLabel,
  confirmLabel,
  onStay,
  onConfirm,
}: {
  readonly title: string;
  readonly text: string;
  readonly stayLabel: string;
  readonly confirmLabel: string;
  readonly onStay: () => void;
  readonly onConfirm: () => void;
}) => {
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <div
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-text"
    >
      <div className="dialog__box">
        <h2 id="dialog-title">{title}</h2>
        <p id="dialog-text" className="lead">
          {text}
        </p>
        <div className="actions">
          <button ref={stay} type="button" className="primary" onClick={onStay}>
            {stayLabel}
          </button>
          <button type="button" className="secondary" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
};
