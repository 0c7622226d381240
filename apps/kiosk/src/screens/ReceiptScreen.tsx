import { useEffect, useState } from 'react';
import type { KioskCentre, SubmitResponse } from '../api/kioskApi';
import { QrCode } from '../components/QrCode';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { onQueuedSubmissionSent } from '../offline/submissionQueue';

export type Filing =
  | { readonly kind: 'filed'; readonly response: SubmitResponse }
  | { readonly kind: 'queued'; readonly idempotencyKey: string };

export const groupCode = (code: string): string => code.replace(/(.{4})(?=.)/gu, '$1 ');

/** The public tracking page for phones, with the receipt code filled in: what the QR code opens. */
export const trackUrl = (receiptCode: string): string =>
  `${window.location.origin}/track/?r=${encodeURIComponent(receiptCode)}`;

export const provisionalNumber = (idempotencyKey: string): string =>
  idempotencyKey
    .replace(/^kiosk-/u, '')
    .replace(/-/gu, '')
    .slice(0, 8)
    .toUpperCase();

const filedAt = (iso: string, lang: 'zh' | 'en'): string =>
  new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/** The centre and its hotline, heading the slip (on paper the receipt must say where it came from). */
const CentreLine = ({ centre }: { readonly centre: KioskCentre | null }) => {
  const { t, local } = useKioskPrefs();
  return (
    <div className="receipt__centre">
      <p className="receipt__centre-name" id="receipt-centre">
        {centre === null ? t('brand') : local(centre.name)}
      </p>
      {centre?.hotline ? (
        <p id="receipt-hotline">
          {t('hotline')} {centre.hotline}
        </p>
      ) : null}
    </div>
  );
};

/**
 * The receipt: the centre and its hotline, the code large, the subject and filing time, the QR code for the
 * phone, deadlines, the reminder that tracking needs the phone's last four digits, and an 80 mm print. A queued filing says so
 * plainly, shows a provisional number, and turns into the real receipt if the API comes back meanwhile.
 */
export const ReceiptScreen = ({
  filing,
  centre,
  onDone,
}: {
  readonly filing: Filing;
  readonly centre: KioskCentre | null;
  readonly onDone: () => void;
}) => {
  const { t, lang, local } = useKioskPrefs();
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
        <CentreLine centre={centre} />
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

  const { receiptCode, dues, title, submittedAt, countingRule } = current.response;
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
        <div className="receipt__text">
          <CentreLine centre={centre} />
          <p className="receipt__label">{t('receiptCode')}</p>
          <p className="receipt__code" id="receipt-code" data-code={receiptCode}>
            {groupCode(receiptCode)}
          </p>
          <dl className="receipt__facts">
            <div>
              <dt>{t('receiptSubject')}</dt>
              <dd id="receipt-subject">{title}</dd>
            </div>
            <div>
              <dt>{t('receiptFiledAt')}</dt>
              <dd id="receipt-filed-at">{filedAt(submittedAt, lang)}</dd>
            </div>
          </dl>
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
                  {provisional('resolve') ? (
                    <span className="tag-provisional">{t('provisional')}</span>
                  ) : null}
                </dd>
              </div>
            ) : null}
          </dl>
          {countingRule === undefined ? null : (
            <p className="receipt__rule" id="receipt-rule">
              {local(countingRule)}
            </p>
          )}
        </div>
        <div className="receipt__qr">
          <QrCode text={trackUrl(receiptCode)} label={t('scanToTrack')} />
          <p>{t('scanToTrack')}</p>
          <p className="receipt__keep" id="receipt-keep">
            {t('receiptKeep')}
          </p>
          {provisional('reply') || provisional('resolve') ? (
            <p className="hint receipt__note">{t('receiptProvisional')}</p>
          ) : null}
        </div>
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
