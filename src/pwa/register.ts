/**
 * Registers the service worker with workbox-window and exposes, as signals, whether this page
 * works offline and whether a new version is waiting. `applyUpdate` activates it and reloads.
 */
import { signal } from '@preact/signals';
import { Workbox } from 'workbox-window';

/** A newer service worker is installed and waiting for this page to let it take over. */
export const updateWaiting = signal(false);
/** A service worker controls this page, so it will load without a network. */
export const offlineReady = signal(false);

let workbox: Workbox | undefined;

/** The parts of workbox-window this module uses (a test hands in a fake). */
export type ServiceWorkerHost = Pick<Workbox, 'addEventListener' | 'register' | 'update' | 'messageSkipWaiting'>;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  startServiceWorker(new Workbox('/sw.js', { scope: '/' }), navigator.serviceWorker);
}

/**
 * Registers and watches the worker. Where service workers are blocked (a private window, a
 * managed browser, an insecure origin) `register()` rejects: the app runs online-only and says
 * so through `offlineReady`, rather than throwing an unhandled rejection.
 */
export function startServiceWorker(host: ServiceWorkerHost, container: ServiceWorkerContainer): void {
  workbox = host as Workbox;
  host.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  offlineReady.value = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    offlineReady.value = true;
  });
  host.register().catch(() => {
    offlineReady.value = false;
  });
  // Long-running kiosks never navigate; look for a new version every hour.
  setInterval(
    () => {
      host.update().catch(() => undefined);
    },
    60 * 60 * 1000,
  );
}

/** Activates the waiting version; the page reloads when it takes control. */
export function applyUpdate(): void {
  if (!workbox) return;
  // Once the new version takes over, reload so the page runs the code it now serves.
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
