import { lazy, startTransition, Suspense, useCallback, useEffect, useState } from 'react';
import { ApiError, type KioskCentre, kioskApi, type SubmitResponse } from './api/kioskApi';
import { ConfirmDialog } from './components/ConfirmDialog';
import { IdleCountdown } from './components/IdleCountdown';
import { TopBar } from './components/TopBar';
import { type Lang, STRINGS } from './i18n/strings';
import { KioskPrefsContext } from './i18n/useKioskPrefs';
import { flushSubmissionQueue } from './offline/submissionQueue';
import { HomeScreen, type HomeTile } from './screens/HomeScreen';
import { ProvisioningScreen } from './screens/ProvisioningScreen';
import type { Filing } from './screens/ReceiptScreen';
import { useIdleTimer } from './session/useIdleTimer';

import { wipeSessionTraces } from './session/wipeSessionTraces';

/**
 * Every function behind a home tile is its own chunk, so the first load is only the home screen, the
 * provisioning screen, the top bar and the idle/confirm machinery (budget: 120 KB gzip, see bench/kiosk). The
 * screens that validate with zod schemas (filing, tracking, credit) or read contracts values (liaison, board)
 * would otherwise pull zod and those contracts libraries into the first load. Each loader is also called on
 * pointerdown of its tile, so the chunk is usually in by the time the tap (pointerup → click) arrives.
 */
const loadFileRequest = () => import('./screens/FileRequestScreen');
const loadReceipt = () => import('./screens/ReceiptScreen');
const loadTrack = () => import('./screens/TrackScreen');
const loadLiaison = () => import('./screens/MyLiaisonScreen');
const loadMyCredit = () => import('./screens/credit/MyCreditScreen');
const loadBoard = () => import('./screens/credit/BoardScreen');
const loadQueue = () => import('./screens/queue/QueueScreen');
const loadPolicies = () => import('./screens/policies/PoliciesScreen');
const loadReport = () => import('./screens/reports/ReportScreen');
const loadEvents = () => import('./screens/events/EventsScreen');
const loadHealthIndex = () => import('./screens/health-index/HealthIndexScreen');

const FileRequestScreen = lazy(() => loadFileRequest().then((m) => ({ default: m.FileRequestScreen })));
// The receipt follows a filing: its chunk (with the QR code) is fetched while the visitor fills the form.
const ReceiptScreen = lazy(() => loadReceipt().then((m) => ({ default: m.ReceiptScreen })));
const TrackScreen = lazy(() => loadTrack().then((m) => ({ default: m.TrackScreen })));
const MyLiaisonScreen = lazy(() => loadLiaison().then((m) => ({ default: m.MyLiaisonScreen })));
const MyCreditScreen = lazy(() => loadMyCredit().then((m) => ({ default: m.MyCreditScreen })));
const BoardScreen = lazy(() => loadBoard().then((m) => ({ default: m.BoardScreen })));
// The walk-in queue is its own chunk: the kiosk's first load stays within its budget.
const QueueScreen = lazy(() => loadQueue().then((module) => ({ default: module.QueueScreen })));
/** 惠企政策 is its own chunk: the home screen loads without it. */
const PoliciesScreen = lazy(() => loadPolicies().then((m) => ({ default: m.PoliciesScreen })));
// 廉情监督举报 loads only when its tile is tapped (its own chunk).
const ReportScreen = lazy(() => loadReport().then((m) => ({ default: m.ReportScreen })));
/** 活动报名 is its own chunk: loaded when the tile is tapped, never with the first screen. */
const EventsScreen = lazy(loadEvents);
/** 亲清健康指数 of the centre's county: its own chunk. */
const HealthIndexScreen = lazy(() => loadHealthIndex().then((m) => ({ default: m.HealthIndexScreen })));

/** What a tile's pointerdown fetches ahead of its tap; a failed fetch is retried by React.lazy on render. */
const PRELOAD: Readonly<Record<HomeTile, () => Promise<unknown>>> = {
  file: () => Promise.all([loadFileRequest(), loadReceipt()]),
  track: loadTrack,
  liaison: loadLiaison,
  credit: loadMyCredit,
  board: loadBoard,
  queue: loadQueue,
  policies: loadPolicies,
  report: loadReport,
  events: loadEvents,
  healthIndex: loadHealthIndex,
};
const preload = (tile: HomeTile) => void PRELOAD[tile]().catch(() => undefined);

/** The same waiting screen for every chunk still on its way. */
const Loading = () => <div className="screen" aria-busy="true" />;

type Screen =
  | { readonly name: 'starting' }
  | { readonly name: 'provision' }
  | { readonly name: 'home' }
  | { readonly name: 'file' }
  | { readonly name: 'receipt'; readonly filing: Filing }
  | { readonly name: 'track'; readonly prefilledCode: string }
  | { readonly name: 'liaison' }
  | { readonly name: 'credit' }
  | { readonly name: 'board' }
  | { readonly name: 'queue' }
  | { readonly name: 'policies' }
  | { readonly name: 'report' }
  | { readonly name: 'events' }
  | { readonly name: 'healthIndex' };

const params = new URLSearchParams(window.location.search);
/**
 * Receipts printed before the phone tracking page existed carry /kiosk/?receipt=…: a phone that opens one is
 * sent on to /track/, which fits a phone; the kiosk UI is for the centre's touch screen.
 */
const receiptFromUrl = params.get('receipt') ?? '';
if (receiptFromUrl !== '') window.location.replace(`/track/?r=${encodeURIComponent(receiptFromUrl)}`);
/** Staff may tune the idle time per kiosk in its start URL (`?idle=90`); tests make it short. */
const IDLE_SECONDS = Math.max(5, Number(params.get('idle') ?? '') || 120);
const WARN_SECONDS = Math.min(20, Math.floor(IDLE_SECONDS / 2));
const QUEUE_RETRY_MS = 10_000;

export const App = () => {
  const [screen, setScreen] = useState<Screen>({ name: 'starting' });
  const [lang, setLang] = useState<Lang>('zh');
  const [elder, setElder] = useState(false);
  // Bumped on every reset: remounting the screens drops every piece of the last visitor's React state.
  const [visit, setVisit] = useState(0);
  const [centre, setCentre] = useState<KioskCentre | null>(null);
  // Something typed that ⌂ would throw away: the home button asks first.
  const [dirty, setDirty] = useState(false);
  const [confirmingHome, setConfirmingHome] = useState(false);

  useEffect(() => {
    if (receiptFromUrl !== '') return;
    // A fresh start (power cut, reload) ends whatever walk-in was open, then checks the device cookie.
    void kioskApi
      .endWalkIn()
      .catch(() => undefined)
      .then(() => kioskApi.whoAmI())
      .then(
        (me) => {
          setCentre(me.centre);
          setScreen({ name: 'home' });
        },
        (error: unknown) =>
          setScreen(
            error instanceof ApiError && error.status === 401 ? { name: 'provision' } : { name: 'home' },
          ),
      );
  }, []);

  // Once the home screen is up and the main thread is idle, the filing path (form + receipt) is fetched too: a
  // kiosk whose network drops later can still take a request and queue it (offline/submissionQueue.ts).
  const homeShown = screen.name === 'home';
  useEffect(() => {
    if (!homeShown) return;
    const handle = window.requestIdleCallback(() => preload('file'), { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }, [homeShown]);

  useEffect(() => {
    const flush = () => void flushSubmissionQueue();
    flush();
    window.addEventListener('online', flush);
    const retry = window.setInterval(flush, QUEUE_RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      window.clearInterval(retry);
    };
  }, []);

  const reset = useCallback(() => {
    setScreen({ name: 'home' });
    setDirty(false);
    setConfirmingHome(false);
    setLang('zh');
    setElder(false);
    setVisit((v) => v + 1);
    void wipeSessionTraces();
  }, []);

  const inUse =
    (screen.name !== 'home' && screen.name !== 'starting' && screen.name !== 'provision') ||
    lang !== 'zh' ||
    elder;
  const { secondsLeft, stillHere } = useIdleTimer(inUse, IDLE_SECONDS, WARN_SECONDS, reset);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.classList.toggle('elder', elder);
  }, [lang, elder]);

  // Identifying the enterprise needs a walk-in session of its own; ⌂ or the idle timer ends it (wipeSessionTraces).
  const openIdentified = (next: Extract<Screen, { name: 'liaison' | 'credit' | 'policies' | 'events' }>) => {
    void kioskApi
      .startWalkIn()
      .catch(() => undefined)
      .then(() => startTransition(() => setScreen(next)));
  };

  // A transition lets React render the next screen in slices, so the tap never blocks the main thread long.
  const startFiling = () => {
    startTransition(() => setScreen({ name: 'file' }));
    void kioskApi.startWalkIn().catch(() => undefined);
  };

  return (
    <KioskPrefsContext.Provider value={{ lang, elder, setLang, setElder }}>
      <div className="kiosk" key={visit}>
        <TopBar
          onHome={
            screen.name === 'home' || screen.name === 'provision'
              ? null
              : () => (dirty ? setConfirmingHome(true) : reset())
          }
        />
        <main className="kiosk__main">
          {screen.name === 'starting' ? <div className="screen" aria-busy="true" /> : null}
          {screen.name === 'provision' ? (
            <ProvisioningScreen
              onProvisioned={() => {
                void kioskApi.whoAmI().then(
                  (me) => setCentre(me.centre),
                  () => undefined,
                );
                setScreen({ name: 'home' });
              }}
            />
          ) : null}
          {screen.name === 'home' ? (
            <HomeScreen
              onFile={startFiling}
              onTrack={() => startTransition(() => setScreen({ name: 'track', prefilledCode: '' }))}
              onLiaison={() => openIdentified({ name: 'liaison' })}
              onCredit={() => openIdentified({ name: 'credit' })}
              onBoard={() => startTransition(() => setScreen({ name: 'board' }))}
              onQueue={() => startTransition(() => setScreen({ name: 'queue' }))}
              onPolicies={() => openIdentified({ name: 'policies' })}
              onReport={() => startTransition(() => setScreen({ name: 'report' }))}
              onEvents={() => openIdentified({ name: 'events' })}
              onHealthIndex={() => startTransition(() => setScreen({ name: 'healthIndex' }))}
              onPreload={preload}
            />
          ) : null}
          {screen.name === 'file' ? (
            <Suspense fallback={<Loading />}>
              <FileRequestScreen
                onDirty={setDirty}
                onFiled={(response: SubmitResponse) => {
                  setDirty(false);
                  setScreen({ name: 'receipt', filing: { kind: 'filed', response } });
                }}
                onQueued={(idempotencyKey) => {
                  setDirty(false);
                  setScreen({ name: 'receipt', filing: { kind: 'queued', idempotencyKey } });
                }}
              />
            </Suspense>
          ) : null}
          {screen.name === 'receipt' ? (
            <Suspense fallback={<Loading />}>
              <ReceiptScreen filing={screen.filing} centre={centre} onDone={reset} />
            </Suspense>
          ) : null}
          {screen.name === 'liaison' ? (
            <Suspense fallback={<Loading />}>
              <MyLiaisonScreen onDirty={setDirty} />
            </Suspense>
          ) : null}
          {screen.name === 'credit' ? (
            <Suspense fallback={<Loading />}>
              <MyCreditScreen onDirty={setDirty} />
            </Suspense>
          ) : null}
          {screen.name === 'board' ? (
            <Suspense fallback={<Loading />}>
              <BoardScreen />
            </Suspense>
          ) : null}
          {screen.name === 'queue' ? (
            <Suspense fallback={<Loading />}>
              <QueueScreen centreId={centre?.unitId ?? null} />
            </Suspense>
          ) : null}
          {screen.name === 'policies' ? (
            <Suspense fallback={<Loading />}>
              <PoliciesScreen onDirty={setDirty} />
            </Suspense>
          ) : null}
          {screen.name === 'report' ? (
            <Suspense fallback={<Loading />}>
              <ReportScreen onDirty={setDirty} onDone={reset} />
            </Suspense>
          ) : null}
          {screen.name === 'events' ? (
            <Suspense fallback={<Loading />}>
              <EventsScreen onDirty={setDirty} />
            </Suspense>
          ) : null}
          {screen.name === 'healthIndex' ? (
            <Suspense fallback={<Loading />}>
              <HealthIndexScreen centreId={centre?.unitId ?? null} />
            </Suspense>
          ) : null}
          {screen.name === 'track' ? (
            <Suspense fallback={<Loading />}>
              <TrackScreen prefilledCode={screen.prefilledCode} onDirty={setDirty} />
            </Suspense>
          ) : null}
        </main>
        {confirmingHome ? (
          <ConfirmDialog
            title={STRINGS.leaveTitle[lang]}
            text={STRINGS.leaveText[lang]}
            stayLabel={STRINGS.leaveStay[lang]}
            confirmLabel={STRINGS.leaveConfirm[lang]}
            onStay={() => setConfirmingHome(false)}
            onConfirm={reset}
          />
        ) : null}
        {secondsLeft === null ? null : <IdleCountdown seconds={secondsLeft} onStillHere={stillHere} />}
      </div>
    </KioskPrefsContext.Provider>
  );
};
