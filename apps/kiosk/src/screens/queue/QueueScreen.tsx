import type { QueueSetupView, TicketAnswer } from '@qinqing/service-centre/contracts';
import { useEffect, useState } from 'react';
import { ApiError, ApiUnreachable, call } from '../../api/kioskApi';
import { QUEUE_STRINGS } from '../../i18n/queueStrings';
import { fill } from '../../i18n/strings';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import { KeyPad } from '../../keyboards/KeyPad';
import './queue.css';

/** The letters and digits of a ticket's rating code (no 0/O, 1/I/L), as on receipts. */
const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_ROWS = [
  '23456789'.split(''),
  CODE_LETTERS.slice(0, 8).split(''),
  CODE_LETTERS.slice(8, 16).split(''),
  CODE_LETTERS.slice(16).split(''),
] as const;
const CODE_LENGTH = 10;
type QueueKey = keyof typeof QUEUE_STRINGS;
const PRIORITIES: readonly { readonly id: TicketAnswer['priority']; readonly label: QueueKey }[] = [
  { id: 'ordinary', label: 'queueOrdinary' },
  { id: 'elderly', label: 'queueElderly' },
  { id: 'appointment', label: 'queueAppointment' },
];

/**
 * 取号: the visitor chooses a service of this kiosk's centre (each shows how many wait and about how long),
 * says whether they are 60 or over or have an appointment (called first), and gets a ticket: the number to
 * watch for on the hall display, and the rating code to rate the visit here afterwards (once, one to five).
 */
export const QueueScreen = ({ centreId }: { readonly centreId: string | null }) => {
  const { lang, local } = useKioskPrefs();
  const t = (key: QueueKey, values?: Record<string, string | number>): string =>
    values === undefined ? QUEUE_STRINGS[key][lang] : fill(QUEUE_STRINGS[key][lang], values);
  const [setup, setSetup] = useState<QueueSetupView | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [priority, setPriority] = useState<TicketAnswer['priority']>('ordinary');
  const [ticket, setTicket] = useState<TicketAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [rating, setRating] = useState(false);
  const [code, setCode] = useState('');
  const [rated, setRated] = useState<string | null>(null);

  useEffect(() => {
    if (centreId === null) return;
    let live = true;
    call<QueueSetupView>('GET', `/service-centre/queue/centres/${encodeURIComponent(centreId)}`).then(
      (view) => {
        if (live) setSetup(view);
      },
      () => {
        if (live) setUnavailable(true);
      },
    );
    return () => {
      live = false;
    };
  }, [centreId]);

  const explain = (failure: unknown): string =>
    failure instanceof ApiError && failure.text !== null && !(failure instanceof ApiUnreachable)
      ? local(failure.text)
      : t('queueError');

  const take = async (serviceId: string) => {
    setBusy(true);
    setFailed(null);
    try {
      setTicket(await call<TicketAnswer>('POST', '/service-centre/queue/tickets', { serviceId, priority }));
    } catch (failure) {
      setFailed(explain(failure));
    } finally {
      setBusy(false);
    }
  };

  const rate = async (stars: number) => {
    setBusy(true);
    setFailed(null);
    try {
      const answer = await call<{ number: string; rating: number }>('POST', '/service-centre/queue/ratings', {
        code,
        rating: stars,
      });
      setRated(t('queueRated', { number: answer.number, n: answer.rating }));
      setCode('');
    } catch (failure) {
      setFailed(explain(failure));
    } finally {
      setBusy(false);
    }
  };

  if (ticket !== null)
    return (
      <section className="screen queue-ticket" aria-labelledby="queue-title">
        <h1 id="queue-title">{t('queueYourNumber')}</h1>
        <p className="queue-ticket__service">{local(ticket.service)}</p>
        <p className="queue-ticket__number" id="queue-number">
          {ticket.number}
        </p>
        <p className="queue-ticket__ahead">
          {t('queueAhead', { n: ticket.waitingAhead })}
          {ticket.estimatedWaitMinutes === null
            ? ''
            : ` · ${t('queueEstimate', { n: ticket.estimatedWaitMinutes })}`}
        </p>
        <p className="hint">{t('queueWatch')}</p>
        <div className="queue-ticket__code">
          <span>{t('queueCode')}</span>
          <strong id="queue-code">{ticket.code}</strong>
          <span className="hint">{t('queueCodeHint')}</span>
        </div>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => window.print()}>
            {t('queuePrint')}
          </button>
        </div>
      </section>
    );

  if (rating)
    return (
      <section className="screen queue-rate" aria-labelledby="queue-rate-title">
        <h1 id="queue-rate-title">{t('queueRateTitle')}</h1>
        <p className="field-button field-button--active queue-rate__code">
          <span className="field-button__label">{t('queueRateCode')}</span>
          <span className="field-button__value" id="queue-rate-code">
            {code}
          </span>
        </p>
        <KeyPad
          label={t('queueRateCode')}
          rows={CODE_ROWS}
          onKey={(key) => setCode((c) => (c.length < CODE_LENGTH ? c + key : c))}
          onDelete={() => setCode((c) => c.slice(0, -1))}
          onClear={() => setCode('')}
          wide
        />
        <div className="queue-rate__stars" role="group" aria-label={t('queueRateTitle')}>
          {[1, 2, 3, 4, 5].map((stars) => (
            <button
              key={stars}
              type="button"
              className="secondary"
              aria-label={t('queueRateStars', { n: stars })}
              disabled={busy || code.length !== CODE_LENGTH}
              onClick={() => void rate(stars)}
            >
              {'★'.repeat(stars)}
            </button>
          ))}
        </div>
        {failed === null ? null : (
          <p className="hint hint--error" role="alert">
            {failed}
          </p>
        )}
        {rated === null ? null : (
          <p className="hint" role="status">
            {rated}
          </p>
        )}
      </section>
    );

  const services = setup?.services.filter((s) => s.active) ?? [];
  return (
    <section className="screen queue-take" aria-labelledby="queue-title">
      <h1 id="queue-title">{t('queueChooseService')}</h1>
      <div className="queue-take__priority" role="radiogroup" aria-label={t('queuePriority')}>
        <span>{t('queuePriority')}</span>
        {PRIORITIES.map((p) => (
          <button
            key={p.id}
            type="button"
            role="radio"
            aria-checked={priority === p.id}
            className={priority === p.id ? 'primary' : 'secondary'}
            onClick={() => setPriority(p.id)}
          >
            {t(p.label)}
          </button>
        ))}
      </div>
      {setup !== null && services.length === 0 ? <p className="hint">{t('queueNoServices')}</p> : null}
      {unavailable || centreId === null ? (
        <p className="hint hint--error" role="alert">
          {t('queueError')}
        </p>
      ) : null}
      <div className="queue-take__services">
        {services.map((service) => (
          <button
            key={service.serviceId}
            type="button"
            className="queue-take__service"
            disabled={busy || service.estimatedWaitMinutes === null}
            onClick={() => void take(service.serviceId)}
          >
            <span className="queue-take__name">{local(service.name)}</span>
            <span className="queue-take__figures">
              {t('queueWaiting', { n: service.waiting })} ·{' '}
              {service.estimatedWaitMinutes === null
                ? t('queueClosed')
                : t('queueEstimate', { n: service.estimatedWaitMinutes })}
            </span>
          </button>
        ))}
      </div>
      {failed === null ? null : (
        <p className="hint hint--error" role="alert">
          {failed}
        </p>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setRating(true)}>
          {t('queueRateTitle')}
        </button>
      </div>
    </section>
  );
};
