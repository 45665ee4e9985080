/**
 * Routes. Kiosk and staff code load as separate chunks, so a kiosk never parses the console, and
 * each loads its own messages beside its code (in the current language only).
 */
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { type Area, showAreas } from './i18n/index.js';
import { Landing, NotFound } from './Landing.js';

/** A screen's code and its messages, fetched side by side. */
function withMessages<T>(areas: readonly Area[], load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), showAreas(areas)]).then(([module]) => module);
}

const KioskApp = lazy(withMessages(['kiosk'], () => import('./kiosk/KioskApp.js')));
const StaffApp = lazy(withMessages(['staff', 'cards'], () => import('./staff/StaffApp.js')));
const DisplayApp = lazy(withMessages(['display'], () => import('./display/DisplayApp.js')));

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
