/**
 * Routes. Kiosk and staff code load as separate chunks, so a kiosk never parses the console, and
 * each loads its own messages beside its code (in the current language only).
 */
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { type Area, CONSOLE_LANGUAGES, LANGUAGES, preloadLanguages, showAreas } from './i18n/index.js';
import { Landing, NotFound } from './Landing.js';

const ALL = LANGUAGES.map((language) => language.code);
const CONSOLE = CONSOLE_LANGUAGES.map((language) => language.code);

/**
 * A screen's code and its messages, fetched side by side; then, in the background, the other
 * languages it may switch to (a few KB each), so switching works offline from the first day.
 */
function withMessages<T>(areas: readonly Area[], load: () => Promise<T>, languages: readonly string[]) {
  return () =>
    Promise.all([load(), showAreas(areas)]).then(([module]) => {
      preloadLanguages(languages, ['shared', ...areas]);
      return module;
    });
}

const KioskApp = lazy(withMessages(['kiosk'], () => import('./kiosk/KioskApp.js'), ALL));
const StaffApp = lazy(withMessages(['staff', 'cards'], () => import('./staff/StaffApp.js'), CONSOLE));
const DisplayApp = lazy(withMessages(['display'], () => import('./display/DisplayApp.js'), ALL));

export function App() {
  return (
    <LocationProvider>
      <ErrorBoundary>
        <Router>
          <Route path="/" component={Landing} />
          <Route path="/kiosk/*" component={KioskApp} />
          <Route path="/kiosk" component={KioskApp} />
          <Route path="/staff/*" component={StaffApp} />
          <Route path="/staff" component={StaffApp} />
          <Route path="/display" component={DisplayApp} />
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
    </LocationProvider>
  );
}
