import { useEffect, useState } from 'react';
import type { SubmitResponse } from '../api/kioskApi';
import { QrCode } from '../components/QrCode';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { onQueuedSubmissionSent } from '../offline/submissionQueue';

export type Filing =
  | { readonly kind: 'filed'; readonly response: SubmitResponse }
  | { readonly kind: 'queued'; readonly idempotencyKey: string };

export const groupCode = (code: string): string => code.replace(/(.{4})(?=.)/gu, '$1 ');

/** The kiosk's own track page with the receipt code filled in: what the QR code opens on a phone. */
export const trackUrl = (receiptCode: string): string =>
  `${window.location.origin}${import.meta.env.BASE_URL}?receipt=${encodeURIComponent(receiptCode)}`;

export const provisionalNumber = (idempotencyKey: string): string =>
  idempotencyKey
    .replace(/^kiosk-/u, '')
    .replace(/-/gu, '')
    .slice(0, 8)
    .toUpperCase();

/**
 * The receipt: code large, QR code for the phone, deadlines, and an 80 mm print. A queued filing says so
 * plainly, shows a provisional number, and turns into the real receipt if the API comes back meanwhile.
 */
export const ReceiptScreen = ({
  filing,
  onDone,
}: {
  readonly filing: Filing;
  readonly onDone: () => void;
}) => {
  const { t, local } = useKioskPrefs();
  const [current, setCurrent] = useState(filing);
  useEffect(
    () =>
      onQueuedSubmissionSent((key, response) => {
        setCurrent((c) =>
          c.kind === 'queued' && c.idempotencyKey === key ? { kind: 'filed', response } : c,
        );
      }),
    [],
  );
  const sentLater = filing.kind === 'queued' && current.kind === 'filed';

  if (current.kind === 'queued') {
    return (
      <section className="screen receipt receipt--queued" aria-labelledby="receipt-title">
        <h1 id="receipt-title">{t('queuedTitle')}</h1>
        <p className="lead">{t('queuedText')}</p>
        <p className="receipt__label">{t('provisionalNumber')}</p>
        <p className="receipt__code receipt__code--provisional" id="provisional-number">
          {provisionalNumber(current.idempotencyKey)}
        </p>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => window.print()}>
            {t('print')}
          </button>
          <button type="button" className="primary" onClick={onDone}>
            {t('finish')}
          </button>
        </div>
      </section>
    );
  }

  const { receiptCode, dues, countingRule } = current.response;
  const provisional = (clock: string): boolean => current.response.provisionalDues?.includes(clock) === true;
  return (
    <section className="screen receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title">✓ {t('receiptTitle')}</h1>
      {sentLater ? (
        <p className="hint hint--ok" role="status">
          {t('queuedNowSent')}
        </p>
      ) : null}
      <div className="receipt__slip">
        <p className="receipt__brand print-only">{t('brand')}</p>
        <p className="receipt__label">{t('receiptCode')}</p>
        <p className="receipt__code" id="receipt-code" data-code={receiptCode}>
          {groupCode(receiptCode)}
        </p>
        <div className="receipt__qr">
          <QrCode text={trackUrl(receiptCode)} label={t('scanToTrack')} />
          <p>{t('scanToTrack')}</p>
        </div>
        <dl className="receipt__dues">
          {dues['reply'] ? (
            <div>
              <dt>{t('replyBy')}</dt>
              <dd>
                {dues['reply']}
                {provisional('reply') ? <span className="tag-provisional">{t('provisional')}</span> : null}
              </dd>
            </div>
          ) : null}
          {dues['resolve'] ? (
            <div>
              <dt>{t('resolveBy')}</dt>
              <dd>
                {dues['resolve']}
                {provisional('resolve') ? <span className="tag-provisional">{t('provisional')}</span> : null}
              </dd>
            </div>
          ) : null}
        </dl>
        {countingRule === undefined ? null : <p className="receipt__rule">{local(countingRule)}</p>}
        {provisional('reply') || provisional('resolve') ? (
          <p className="hint">{t('provisionalNote')}</p>
        ) : null}
        <p className="lead">{t('receiptKeep')}</p>
      </div>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" className="primary" onClick={onDone}>
          {t('finish')}
        </button>
      </div>
    </section>
  );
};
