/** The URLs people should open, for the startup message. */
import { networkInterfaces } from 'node:os';

/** Base URLs for a listening host and port: every LAN address when listening on all interfaces. */
export function reachableBaseUrls(host: string, port: number, protocol: 'http' | 'https'): string[] {
  const hosts = host === '0.0.0.0' || host === '::' ? ['localhost', ...lanAddresses()] : [host];
  return hosts.map((h) => `${protocol}://${h.includes(':') ? `[${h}]` : h}:${port}`);
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => (a as { address: string }).address);
}
