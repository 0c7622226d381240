import type {
  CentreEventView,
  KioskEventView,
  MyRegistrationView,
  RegistrationAnswer,
} from '@qinqing/service-centre/contracts';
import { useState } from 'react';
import { ApiError } from '../../api/kioskApi';
import { eventsApi } from '../../api/eventsApi';
import { QrCode } from '../../components/QrCode';
import { TypedField } from '../../components/TypedField';
import { EVENTS_STRINGS } from '../../i18n/eventsStrings';
import { fill } from '../../i18n/strings';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import { IdentifyEnterprise } from '../IdentifyEnterprise';
import './events.css';

/** Check-in opens this long before the start (the server's CENTRE_EVENT_LIMITS.checkInOpensMinutes). */
const CHECK_IN_OPENS_MS = 120 * 60_000;

/** The time a load finished (outside render: the screen judges what may be done against it). */
const instantNow = (): number => Date.now();

type View =
  | { readonly name: 'list' }
  | {
      readonly name: 'code';
      readonly title: string;
      readonly code: string;
      readonly heading: string;
      readonly note: string;
    }
  | { readonly name: 'rate'; readonly event: CentreEventView }
  | { readonly name: 'done'; readonly text: string };

type EventsKey = keyof typeof EVENTS_STRINGS;

const kindKey = (kind: CentreEventView['kind']) => `eventKind_${kind}` as EventsKey;

/** A typed code in groups of five, read aloud more easily. */
const grouped = (code: string) => code.replace(/(.{5})(?=.)/gu, '$1 ');

/**
 * 活动报名: the walk-in identifies the enterprise, then sees the upcoming events of its audience, registers
 * (a place or the waiting list), finds its check-in code as QR and text under 我的报名, checks in here on the
 * day, and rates an event it attended. A cancelled event shows 已取消 with the organiser's reason.
 */
const EventsScreen = ({ onDirty }: { readonly onDirty: (dirty: boolean) => void }) => {
  const { lang, local } = useKioskPrefs();
  const t = (key: EventsKey, values?: Record<string, string | number>): string =>
    values === undefined ? EVENTS_STRINGS[key][lang] : fill(EVENTS_STRINGS[key][lang], values);
  const [upcoming, setUpcoming] = useState<readonly KioskEventView[] | null>(null);
  const [mine, setMine] = useState<readonly MyRegistrationView[]>([]);
  const [view, setView] = useState<View>({ name: 'list' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // When the lists were loaded: what may be done now (check in, withdraw) is judged against it, not re-read per render.
  const [loadedAt, setLoadedAt] = useState(0);
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');

  const load = async () => {
    const [events, registrations] = await Promise.all([eventsApi.upcoming(), eventsApi.mine()]);
    setLoadedAt(instantNow());
    setUpcoming(events.items);
    setMine(registrations.items);
  };
  const when = (event: CentreEventView) =>
    new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: 'Asia/Shanghai',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(event.startsAt));

  const act = async (work: () => Promise<View>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      await load();
      setView(next);
    } catch (failure) {
      const reason =
        failure instanceof ApiError && failure.text !== null ? local(failure.text) : String(failure);
      setError(t('eventFailed', { reason }));
    } finally {
      setBusy(false);
    }
  };

  const register = (event: KioskEventView) =>
    act(async () => {
      const answer: RegistrationAnswer = await eventsApi.register(event.eventId);
      return {
        name: 'code',
        title: event.title,
        code: answer.checkInCode,
        heading: answer.status === 'waiting' ? t('eventWaitingTitle') : t('eventRegisteredTitle'),
        note:
          answer.waitingPosition === null
            ? ''
            : t('eventWaitingPosition', { position: answer.waitingPosition }),
      };
    });

  const back = () => {
    onDirty(false);
    setRating(null);
    setComment('');
    setError(null);
    setView({ name: 'list' });
  };

  const statusOf = (item: MyRegistrationView): string => {
    if (item.event.status === 'cancelled')
      return t('eventCancelledReason', { reason: item.event.cancelReason ?? '' });
    if (item.checkedInAt !== null) return t('eventCheckedIn');
    if (item.event.status === 'closed') return t('eventClosed');
    if (item.status === 'waiting') return t('eventWaitingStatus');
    if (item.status === 'withdrawn') return t('eventWithdrawn');
    return t('eventRegistered');
  };

  const checkInOpen = (event: CentreEventView) => {
    return loadedAt >= Date.parse(event.startsAt) - CHECK_IN_OPENS_MS && loadedAt <= Date.parse(event.endsAt);
  };

  const body = () => {
    if (upcoming === null)
      return <IdentifyEnterprise errorId="events-error" onDirty={onDirty} onIdentified={load} />;
    if (view.name === 'code')
      return (
        <div className="events__code">
          <h2>{view.heading}</h2>
          <p className="lead">{view.title}</p>
          {view.note === '' ? null : <p className="hint">{view.note}</p>}
          <QrCode text={view.code} label={t('eventCodeTitle')} />
          <p className="events__typed" aria-label={t('eventCodeTitle')} data-testid="check-in-code">
            {grouped(view.code)}
          </p>
          <p className="hint">{t('eventCodeHint')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={back}>
              {t('eventBack')}
            </button>
          </div>
        </div>
      );
    if (view.name === 'rate')
      return (
        <div className="events__rate">
          <h2>{t('eventFeedbackTitle')}</h2>
          <p className="lead">{view.event.title}</p>
          <div className="events__stars" role="group" aria-label={t('eventFeedbackTitle')}>
            {t('eventRatingLabels')
              .split(',')
              .map((label, index) => (
                <button
                  key={label}
                  type="button"
                  className="secondary"
                  aria-pressed={rating === index + 1}
                  onClick={() => {
                    setRating(index + 1);
                    onDirty(true);
                  }}
                >
                  <span className="events__star">{t('eventRating', { n: index + 1 })}</span>
                  <span>{label}</span>
                </button>
              ))}
          </div>
          {/* The buttons above the keyboard: on a landscape screen they stay in view while the comment is typed. */}
          <div className="actions">
            <button type="button" className="secondary" onClick={back}>
              {t('eventBack')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || rating === null}
              onClick={() =>
                void act(async () => {
                  await eventsApi.feedback(view.event.eventId, rating ?? 0, comment);
                  onDirty(false);
                  return { name: 'done', text: t('eventThanks') };
                })
              }
            >
              {t('eventSubmitFeedback')}
            </button>
          </div>
          <TypedField
            id="event-comment"
            label={t('eventComment')}
            value={comment}
            max={500}
            onChange={(value) => {
              setComment(value);
              onDirty(true);
            }}
            error={null}
            multiline
          />
        </div>
      );
    if (view.name === 'done')
      return (
        <>
          <p className="lead" role="status">
            {view.text}
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={back}>
              {t('eventBack')}
            </button>
          </div>
        </>
      );
    return (
      <>
        <h2>{t('eventsUpcoming')}</h2>
        {upcoming.length === 0 ? <p className="hint">{t('eventsNone')}</p> : null}
        <ul className="events__list">
          {upcoming.map((event) => {
            const full = event.registered >= event.capacity;
            return (
              <li key={event.eventId} className="events__card">
                <p className={`events__kind events__kind--${event.kind}`}>{t(kindKey(event.kind))}</p>
                <h3>{event.title}</h3>
                <p>{t('eventWhen', { when: when(event) })}</p>
                <p>{t('eventWhere', { place: event.place })}</p>
                <p className="hint">
                  {t('eventPlaces', { capacity: event.capacity, registered: event.registered })}
                  {event.waiting > 0 ? t('eventWaiting', { waiting: event.waiting }) : ''}
                </p>
                {event.myStatus === 'registered' || event.myStatus === 'waiting' ? (
                  <p className="hint hint--ok">
                    ✓ {event.myStatus === 'waiting' ? t('eventWaitingStatus') : t('eventRegistered')}
                  </p>
                ) : event.myStatus === 'withdrawn' ? (
                  <p className="hint">{t('eventWithdrawn')}</p>
                ) : (
                  <button
                    type="button"
                    className="primary"
                    disabled={busy}
                    onClick={() => void register(event)}
                  >
                    {full ? t('eventRegisterWaiting') : t('eventRegister')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <h2>{t('eventsMine')}</h2>
        {mine.length === 0 ? <p className="hint">{t('eventsMineNone')}</p> : null}
        <ul className="events__list" aria-label={t('eventsMine')}>
          {mine.map((item) => (
            <li key={item.event.eventId} className="events__card">
              <p className={`events__kind events__kind--${item.event.kind}`}>{t(kindKey(item.event.kind))}</p>
              <h3>{item.event.title}</h3>
              <p>{t('eventWhen', { when: when(item.event) })}</p>
              <p
                className={
                  item.event.status === 'cancelled'
                    ? 'events__status events__status--cancelled'
                    : 'events__status'
                }
              >
                {statusOf(item)}
              </p>
              {item.rating === null ? null : <p className="hint">{t('eventRated', { n: item.rating })}</p>}
              <div className="events__actions">
                {item.checkInCode !== null && item.checkedInAt === null ? (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      setView({
                        name: 'code',
                        title: item.event.title,
                        code: item.checkInCode ?? '',
                        heading: t('eventCodeTitle'),
                        note: item.status === 'waiting' ? t('eventWaitingStatus') : '',
                      })
                    }
                  >
                    {t('eventShowCode')}
                  </button>
                ) : null}
                {item.status === 'registered' &&
                item.checkInCode !== null &&
                item.checkedInAt === null &&
                checkInOpen(item.event) ? (
                  <button
                    type="button"
                    className="primary"
                    disabled={busy}
                    onClick={() =>
                      void act(async () => {
                        await eventsApi.checkIn(item.event.eventId);
                        return { name: 'done', text: t('eventCheckedInNow') };
                      })
                    }
                  >
                    {t('eventCheckIn')}
                  </button>
                ) : null}
                {item.mayGiveFeedback ? (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => setView({ name: 'rate', event: item.event })}
                  >
                    {t('eventFeedback')}
                  </button>
                ) : null}
                {(item.status === 'registered' || item.status === 'waiting') &&
                item.event.status === 'scheduled' &&
                loadedAt < Date.parse(item.event.startsAt) ? (
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() =>
                      void act(async () => {
                        await eventsApi.withdraw(item.event.eventId);
                        return { name: 'done', text: t('eventWithdrawnNow') };
                      })
                    }
                  >
                    {t('eventWithdraw')}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </>
    );
  };

  return (
    // Focusable: the lists scroll when long (large text), and a keyboard must reach them too.
    <section className="screen liaison events" aria-labelledby="events-title" tabIndex={0}>
      <h1 id="events-title">{t('eventsTitle')}</h1>
      {error === null ? null : (
        <p className="error" role="alert" id="events-action-error">
          {error}
        </p>
      )}
      {body()}
    </section>
  );
};

export default EventsScreen;
