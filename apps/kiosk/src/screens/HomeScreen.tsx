import { useKioskPrefs } from '../i18n/useKioskPrefs';

/** The home screen's tiles, each opening one function (its own chunk, see App.tsx). */
export type HomeTile =
  | 'file'
  | 'track'
  | 'liaison'
  | 'credit'
  | 'board'
  | 'queue'
  | 'policies'
  | 'report'
  | 'events'
  | 'healthIndex';

/** The tiles in screen order: the CSS modifier that colours each, and its icon (its words are `<tile>Tile`). */
const TILES: readonly { readonly tile: HomeTile; readonly modifier: string; readonly icon: string }[] = [
  { tile: 'file', modifier: 'file', icon: '✎' },
  { tile: 'track', modifier: 'track', icon: '⌕' },
  { tile: 'liaison', modifier: 'liaison', icon: '☏' },
  { tile: 'credit', modifier: 'credit', icon: '✓' },
  { tile: 'board', modifier: 'board', icon: '☰' },
  { tile: 'queue', modifier: 'queue', icon: '№' },
  { tile: 'policies', modifier: 'policies', icon: '★' },
  { tile: 'report', modifier: 'report', icon: '⚖' },
  { tile: 'events', modifier: 'events', icon: '✦' },
  { tile: 'healthIndex', modifier: 'health-index', icon: '◎' },
];

export interface HomeScreenProps {
  readonly onFile: () => void;
  readonly onTrack: () => void;
  readonly onLiaison: () => void;
  readonly onCredit: () => void;
  readonly onBoard: () => void;
  readonly onQueue: () => void;
  readonly onPolicies: () => void;
  readonly onReport: () => void;
  readonly onEvents: () => void;
  readonly onHealthIndex: () => void;
  /** A finger is down on a tile: fetch its function's chunk before the tap completes. */
  readonly onPreload?: (tile: HomeTile) => void;
}

/**
 * What a walk-in can do here: take a ticket for a counter, file a request, track one, see its enterprise's
 * liaison officials and its credit, read the red/black board, find the support policies for its enterprise,
 * register for the centre's events, report an official's misconduct.
 */
export const HomeScreen = ({
  onFile,
  onTrack,
  onLiaison,
  onCredit,
  onBoard,
  onQueue,
  onPolicies,
  onReport,
  onEvents,
  onHealthIndex,
  onPreload,
}: HomeScreenProps) => {
  const { t } = useKioskPrefs();
  const preload = (tile: HomeTile) => (onPreload === undefined ? undefined : () => onPreload(tile));
  const open: Readonly<Record<HomeTile, () => void>> = {
    file: onFile,
    track: onTrack,
    liaison: onLiaison,
    credit: onCredit,
    board: onBoard,
    queue: onQueue,
    policies: onPolicies,
    report: onReport,
    events: onEvents,
    healthIndex: onHealthIndex,
  };
  return (
    <section className="screen home" aria-labelledby="home-title">
      <h1 id="home-title" className="home__welcome">
        {t('welcome')}
      </h1>
      <div className="tiles">
        {TILES.map(({ tile, modifier, icon }) => (
          <button
            key={tile}
            type="button"
            className={`tile tile--${modifier}`}
            onClick={open[tile]}
            onPointerDown={preload(tile)}
          >
            <span className="tile__icon" aria-hidden="true">
              {icon}
            </span>
            <span className="tile__title">{t(`${tile}Tile`)}</span>
            <span className="tile__hint">{t(`${tile}TileHint`)}</span>
          </button>
        ))}
      </div>
    </section>
  );
};
