import type { HealthIndexAreaView, HealthIndexPage, QueueSetupView } from '@qinqing/service-centre/contracts';
import { useEffect, useState } from 'react';
import { call } from '../../api/kioskApi';
import { HEALTH_INDEX_STRINGS } from '../../i18n/healthIndexStrings';
import { fill } from '../../i18n/strings';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import './health-index.css';

type HiKey = keyof typeof HEALTH_INDEX_STRINGS;
const ASPECTS = ['closeness', 'cleanness'] as const;
const DIMENSIONS = ['care', 'service', 'burden', 'integrity', 'transparency'] as const;

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'none' }
  | { readonly state: 'error' }
  | { readonly state: 'shown'; readonly view: HealthIndexAreaView; readonly areaName: string };

/**
 * 亲清健康指数: the latest published half year of the county this kiosk's centre lies in: the overall figure,
 * the two aspects (亲近/清白) and the five dimensions, as large figures (no chart in the kiosk). A centre with no
 * county set, or a county with no half year published yet, gets a plain sentence saying so.
 */
export const HealthIndexScreen = ({ centreId }: { readonly centreId: string | null }) => {
  const { lang } = useKioskPrefs();
  const t = (key: HiKey, values?: Record<string, string | number>): string =>
    values === undefined ? HEALTH_INDEX_STRINGS[key][lang] : fill(HEALTH_INDEX_STRINGS[key][lang], values);
  const [loaded, setLoaded] = useState<Loaded>(centreId === null ? { state: 'none' } : { state: 'loading' });

  useEffect(() => {
    if (centreId === null) return;
    let live = true;
    const load = async (): Promise<Loaded> => {
      const setup = await call<QueueSetupView>(
        'GET',
        `/service-centre/queue/centres/${encodeURIComponent(centreId)}`,
      );
      if (setup.area === null) return { state: 'none' };
      const page = await call<HealthIndexPage<HealthIndexAreaView>>(
        'GET',
        `/service-centre/health-index/areas/${encodeURIComponent(setup.area.areaCode)}?limit=1`,
      );
      const view = page.items[0];
      if (view === undefined) return { state: 'none' };
      return { state: 'shown', view, areaName: view.areaName ?? setup.area.areaName ?? setup.area.areaCode };
    };
    load().then(
      (next) => {
        if (live) setLoaded(next);
      },
      () => {
        if (live) setLoaded({ state: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [centreId]);

  const figure = (score: number | null) => (score === null ? t('hiNoScore') : score.toFixed(1));

  return (
    <section className="screen health-index" aria-labelledby="health-index-title">
      <h1 id="health-index-title">{t('hiTitle')}</h1>
      {loaded.state === 'loading' ? <p aria-busy="true">{t('hiLoading')}</p> : null}
      {loaded.state === 'none' ? <p className="health-index__none">{t('hiNone')}</p> : null}
      {loaded.state === 'error' ? (
        <p className="health-index__none" role="alert">
          {t('hiError')}
        </p>
      ) : null}
      {loaded.state === 'shown' ? (
        <>
          <p className="health-index__area">{loaded.areaName}</p>
          <p className="health-index__period">
            {t('hiPeriod', { period: loaded.view.period, publishedOn: loaded.view.publishedOn })}
          </p>
          <div className="health-index__total">
            <span className="health-index__label">{t('hiTotal')}</span>
            <span className="health-index__figure">{figure(loaded.view.total)}</span>
            <span className="health-index__unit">{t('hiOutOf')}</span>
          </div>
          <h2>{t('hiAspects')}</h2>
          <dl className="health-index__grid health-index__grid--two">
            {ASPECTS.map((aspect) => (
              <div key={aspect} className="health-index__cell">
                <dt>{t(aspect)}</dt>
                <dd>{figure(loaded.view.aspects[aspect])}</dd>
              </div>
            ))}
          </dl>
          <h2>{t('hiDimensions')}</h2>
          <dl className="health-index__grid">
            {DIMENSIONS.map((dimension) => (
              <div key={dimension} className="health-index__cell">
                <dt>{t(dimension)}</dt>
                <dd>{figure(loaded.view.dimensions[dimension])}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
};
