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
  return (
    <section className="screen home" aria-labelledby="home-title">
      <h1 id="home-title" className="home__welcome">
        {t('welcome')}
      </h1>
      <div className="tiles">
        <button type="button" className="tile tile--file" onClick={onFile} onPointerDown={preload('file')}>
          <span className="tile__icon" aria-hidden="true">
            ✎
          </span>
          <span className="tile__title">{t('fileTile')}</span>
          <span className="tile__hint">{t('fileTileHint')}</span>
        </button>
        <button type="button" className="tile tile--track" onClick={onTrack} onPointerDown={preload('track')}>
          <span className="tile__icon" aria-hidden="true">
            ⌕
          </span>
          <span className="tile__title">{t('trackTile')}</span>
          <span className="tile__hint">{t('trackTileHint')}</span>
        </button>
        <button
          type="button"
          className="tile tile--liaison"
          onClick={onLiaison}
          onPointerDown={preload('liaison')}
        >
          <span className="tile__icon" aria-hidden="true">
            ☏
          </span>
          <span className="tile__title">{t('liaisonTile')}</span>
          <span className="tile__hint">{t('liaisonTileHint')}</span>
        </button>
        <button
          type="button"
          className="tile tile--credit"
          onClick={onCredit}
          onPointerDown={preload('credit')}
        >
          <span className="tile__icon" aria-hidden="true">
            ✓
          </span>
          <span className="tile__title">{t('creditTile')}</span>
          <span className="tile__hint">{t('creditTileHint')}</span>
        </button>
        <button type="button" className="tile tile--board" onClick={onBoard} onPointerDown={preload('board')}>
          <span className="tile__icon" aria-hidden="true">
            ☰
          </span>
          <span className="tile__title">{t('boardTile')}</span>
          <span className="tile__hint">{t('boardTileHint')}</span>
        </button>
        <button type="button" className="tile tile--queue" onClick={onQueue} onPointerDown={preload('queue')}>
          <span className="tile__icon" aria-hidden="true">
            №
          </span>
          <span className="tile__title">{t('queueTile')}</span>
          <span className="tile__hint">{t('queueTileHint')}</span>
        </button>
        <button
          type="button"
          className="tile tile--policies"
          onClick={onPolicies}
          onPointerDown={preload('policies')}
        >
          <span className="tile__icon" aria-hidden="true">
            ★
          </span>
          <span className="tile__title">{t('policiesTile')}</span>
          <span className="tile__hint">{t('policiesTileHint')}</span>
        </button>
        <button
          type="button"
          className="tile tile--report"
          onClick={onReport}
          onPointerDown={preload('report')}
        >
          <span className="tile__icon" aria-hidden="true">
            ⚖
          </span>
          <span className="tile__title">{t('reportTile')}</span>
          <span className="tile__hint">{t('reportTileHint')}</span>
        </button>
        <button
          type="button"
          className="tile tile--events"
          onClick={onEvents}
          onPointerDown={preload('events')}
        >
          <span className="tile__icon" aria-hidden="true">
            ✦
          </span>
          <span className="tile__title">{t('eventsTile')}</span>
          <span className="tile__hint">{t('eventsTileHint')}</span>
        </button>
        <button
          type="button"
          className="tile tile--health-index"
          onClick={onHealthIndex}
          onPointerDown={preload('healthIndex')}
        >
          <span className="tile__icon" aria-hidden="true">
            ◎
          </span>
          <span className="tile__title">{t('healthIndexTile')}</span>
          <span className="tile__hint">{t('healthIndexTileHint')}</span>
        </button>
      </div>
    </section>
  );
};
