/**
 * Browser entry: shared tokens and base styles (first, so every other stylesheet builds on them),
 * the app, and the service worker.
 */
import './ui/tokens.css';
import './ui/base.css';
import './ui/forms.css';
import { render } from 'preact';
import { App } from './App.js';
import { showAreas } from './i18n/index.js';
import { registerServiceWorker } from './pwa/register.js';
import { installConsoleApi } from './sync/console-api.js';

const root = document.getElementById('app');
// The words every screen shares come first (a few hundred bytes); each app's own load with its code.
void showAreas(['shared']).finally(() => {
  if (root) render(<App />, root);
});
registerServiceWorker();
installConsoleApi();
