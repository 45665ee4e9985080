/** Routes. Kiosk and staff code load as separate chunks, so a kiosk never parses the console. */
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { Landing, NotFound } from './Landing.js';

const KioskApp = lazy(() => import('./kiosk/KioskApp.js'));
const StaffApp = lazy(() => import('./staff/StaffApp.js'));
const DisplayApp = lazy(() => import('./display/DisplayApp.js'));

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
