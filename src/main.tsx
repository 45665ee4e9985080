/** Browser entry: styles, the app, and the service worker. */
import { render } from 'preact';
import { App } from './App.js';
import { registerServiceWorker } from './pwa/register.js';
import { installConsoleApi } from './sync/console-api.js';
import './ui/styles.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
installConsoleApi();
