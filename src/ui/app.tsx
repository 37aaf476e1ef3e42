import { lazy, Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { href, useRoute, type Route } from './router';
import { LanguageSwitch } from './components/language-switch';
import { UpdateNotice } from './components/update-notice';
import { StartPage } from './screens/start-page';
import { AboutPage } from './screens/about-page';
import { PrivacyPage } from './screens/privacy-page';
import { ErrorBoundary } from './components/error-boundary';

const ScanApp = lazy(() => import('./scan/scan-app'));
const ReportApp = lazy(() => import('./report/report-app'));
const ScansPage = lazy(() => import('./scan/scans-page'));
const WorkshopApp = lazy(() => import('./workshop/workshop-app'));
const CompareApp = lazy(() => import('./compare/compare-app'));

function skipToMain(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

function Screen({ route }: { route: Route }) {
  switch (route) {
    case 'start':
      return <StartPage />;
    case 'over':
      return <AboutPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'scan':
      return <ScanApp />;
    case 'rapport':
      return <ReportApp />;
    case 'scans':
      return <ScansPage />;
    case 'workshop':
      return <WorkshopApp />;
    case 'vergelijk':
      return <CompareApp />;
  }
}

/** The app shell: skip link, header with name and language switch, main landmark, footer with the privacy promise. */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <div className="utrecht-document zelfscan-theme zs-app">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <header className="utrecht-page-header zs-header">
        <div className="zs-header__inner">
          <a className="zs-brand" href={href('start')}>
            <svg className="zs-brand__logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
              <circle cx="32" cy="32" r="30" fill="#fff" />
              <path d="M14 44V30l8-7 8 7v14zM30 44V26l9-8 9 8v18zM46 44V33l5-4 5 4v11z" fill="#1f4e79" />
            </svg>
            <span>{t('app.name')}</span>
          </a>
          <nav aria-label={t('app.mainNav')} className="zs-nav">
            <a href={href('scans')} aria-current={route === 'scans' ? 'page' : undefined}>
              {t('app.navScans')}
            </a>
            <a href={href('workshop')} aria-current={route === 'workshop' ? 'page' : undefined}>
              {t('workshop.nav')}
            </a>
            <a href={href('over')} aria-current={route === 'over' ? 'page' : undefined}>
              {t('app.navAbout')}
            </a>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <UpdateNotice />
      <main id="main" tabIndex={-1} className="zs-main">
        <ErrorBoundary key={route}>
          <Suspense fallback={<p className="utrecht-paragraph">{t('app.loading')}</p>}>
            <Screen route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="utrecht-page-footer zs-footer">
        <div className="zs-footer__inner">
          <p className="utrecht-paragraph zs-footer__promise">{t('footer.privacy')}</p>
          <ul className="zs-footer__links">
            <li>
              <a href={href('over')}>{t('footer.about')}</a>
            </li>
            <li>
              <a href={href('privacy')}>{t('footer.privacyLink')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  );
}
