import { type ReactNode, useContext, useEffect, useRef } from 'react';
import type { Me } from '../api/types';
import { LocaleContext } from '../i18n/LocaleContext';
import { useText } from '../i18n/useText';
import { sectionOf, sectionsFor } from '../session/sections';
import { hrefFor, type Route } from '../session/useRoute';
import { CalendarReminder } from './CalendarReminder';

export const LanguageSwitch = () => {
  const { lang, setLang } = useContext(LocaleContext);
  return (
    <button
      type="button"
      className="button button--quiet"
      lang={lang === 'zh' ? 'en' : 'zh-CN'}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {lang === 'zh' ? 'English' : '中文'}
    </button>
  );
};

/** Header, navigation for the role, and the screen; focus moves to the heading when the screen changes. */
export const ConsoleShell = ({
  me,
  route,
  title,
  onLogOut,
  children,
}: {
  readonly me: Me;
  readonly route: Route;
  readonly title: string;
  readonly onLogOut: () => void;
  readonly children: ReactNode;
}) => {
  const { t, tr } = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${tr('亲清平台工作台', 'Qinqing staff console')}`;
    heading.current?.focus();
  }, [title, route.screen, tr]);
  const unit = me.department ?? me.centre;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {tr('跳到主要内容', 'Skip to main content')}
      </a>
      <header className="shell__header">
        <p className="shell__brand">{tr('亲清平台 · 工作台', 'Qinqing · Staff console')}</p>
        <nav aria-label={tr('主导航', 'Main navigation')}>
          <ul className="shell__nav">
            {sectionsFor(me.role.id).map((section) => (
              <li key={section.screen}>
                <a
                  // A section's screen is a route without parameters (TypeScript cannot see it past 25 members).
                  href={hrefFor({ screen: section.screen } as Route)}
                  aria-current={section.screen === sectionOf(route) ? 'page' : undefined}
                >
                  {tr(section.zh, section.en)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell__user">
          <span>
            {me.actor.displayName ?? me.username} · {t(me.role.label)}
            {unit === null ? '' : ` · ${t(unit.name)}`}
          </span>
          <LanguageSwitch />
          <button type="button" className="button button--quiet" onClick={onLogOut}>
            {tr('退出', 'Log out')}
          </button>
        </div>
      </header>
      <main id="main" className="shell__main">
        {me.role.id === 'administrator' ? <CalendarReminder /> : null}
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
};
