/**
 * The service worker: precache the app shell and answer app navigations from it, so /kiosk and
 * /staff open with no network. Nothing else: data never goes through here (see ADR 0001).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null } | string>;
};

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// The first install takes over open pages at once. Later versions wait until the page asks
// (the staff "reload" prompt, or the kiosk when idle on its welcome screen).
clientsClaim();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    allowlist: [/^\/$/, /^\/kiosk(\/|$)/, /^\/staff(\/|$)/, /^\/display(\/|$)/],
  }),
);

// API calls go straight to the network without waking this worker (Service Worker Static
// Routing, Chromium 123+). Besides saving a hop, an API request can then never hold up the
// activation of a new version, which waits for the old worker's in-flight fetches.
self.addEventListener('install', (event: ExtendableEvent) => {
  const withRoutes = event as ExtendableEvent & { addRoutes?: (rules: unknown) => Promise<void> };
  if (typeof withRoutes.addRoutes === 'function') {
    // A browser that rejects the rule must still install the worker.
    event.waitUntil(
      withRoutes.addRoutes({ condition: { urlPattern: '/api/*' }, source: 'network' }).catch(() => undefined),
    );
  }
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
