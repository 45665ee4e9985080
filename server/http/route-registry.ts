/**
 * Records every route as it is registered, so tests (and the authorization table to come) can
 * check that each API route is documented and accounted for.
 */
import type { App, RegisteredRoute } from './types.js';

/** Must be called before any route is added. HEAD routes Fastify adds for GET are skipped. */
export function recordRoutes(app: App): void {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, hidden: Boolean((route.schema as { hide?: boolean } | undefined)?.hide) });
    }
  });
}
