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

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  offlineReady.value = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    offlineReady.value = true;
  });
  void workbox.register();
  // Long-running kiosks never navigate; look for a new version every hour.
  setInterval(() => void workbox?.update(), 60 * 60 * 1000);
}

/** Activates the waiting version; the page reloads when it takes control. */
export function applyUpdate(): void {
  if (!workbox) return;
  // Once the new version takes over, reload so the page runs the code it now serves.
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
