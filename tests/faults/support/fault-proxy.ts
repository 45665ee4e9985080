/**
 * A fault-injecting HTTP proxy on loopback, between the devices and the server process. Each
 * request is asked of `choose` (seeded by the caller) and then forwarded, delayed, doubled, lost
 * before or after the server saw it, answered 500/503, or cut with a reset. Its port never moves,
 * so a server restarted on another port is only a `setTarget` away.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Which device sent a request: the test's devices name themselves in this header (stripped here). */
export const DEVICE_HEADER = 'x-fault-device';

export const FAULT_KINDS = [
  'dropRequest',
  'dropResponse',
  'delay',
  'duplicate',
  'error500',
  'error503',
  'resetBefore',
  'resetAfter',
  'partitioned',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export type Fault =
  | { readonly kind: 'delay' | 'dropRequest'; readonly ms: number }
  | { readonly kind: Exclude<FaultKind, 'delay' | 'dropRequest'> };

/** What a request looks like to `choose`. */
export interface ProxiedRequest {
  readonly device: string | undefined;
  readonly method: string;
  readonly path: string;
}

export interface FaultProxy {
  readonly url: string;
  /** Where requests go from now on (a restarted server listens on another port). */
  setTarget(url: string): void;
  /** Every request of `device` fails (a reset) until `heal`. */
  partition(device: string): void;
  heal(device: string): void;
  /** Off: every request is forwarded as it is (setup, and the final sync after faults stop). */
  setFaults(on: boolean): void;
  /** Faults injected so far, by kind. */
  counts(): Record<FaultKind, number>;
  /** Requests that found no server behind the proxy (killed, or not yet restarted). */
  upstreamFailures(): number;
  /** Requests forwarded and not answered yet (e.g. held by a paused server). */
  inFlight(): number;
  close(): Promise<void>;
}

interface Upstream {
  readonly status: number;
  readonly headers: http.OutgoingHttpHeaders;
  readonly body: Buffer;
}

// Hop-by-hop headers, and the body's framing, which the proxy sets again for the buffered body.
const DROPPED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export async function startFaultProxy(options: {
  target: string;
  choose: (request: ProxiedRequest) => Fault | null;
}): Promise<FaultProxy> {
  let target = new URL(options.target);
  let faultsOn = true;
  const partitioned = new Set<string>();
  const counts = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  let upstreamFailures = 0;
  let inFlight = 0;
  const sockets = new Set<Socket>();

  /** Sends the request to the server and reads the whole answer; null when there is no server. */
  function forward(request: http.IncomingMessage, body: Buffer, abort: AbortSignal): Promise<Upstream | null> {
    const headers = { ...request.headers };
    delete headers[DEVICE_HEADER];
    inFlight += 1;
    return new Promise<Upstream | null>((resolve) => {
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: request.method, path: request.url, headers, agent: false },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => {
            const kept = Object.entries(answer.headers).filter(([name]) => !DROPPED_HEADERS.has(name));
            resolve({
              status: answer.statusCode ?? 502,
              headers: Object.fromEntries(kept),
              body: Buffer.concat(chunks),
            });
          });
          answer.on('error', () => resolve(null));
        },
      );
      upstream.on('error', () => resolve(null));
      abort.addEventListener('abort', () => upstream.destroy());
      upstream.end(body);
    }).finally(() => {
      inFlight -= 1;
    });
  }

  function answer(response: http.ServerResponse, upstream: Upstream): void {
    response.writeHead(upstream.status, { ...upstream.headers, 'content-length': upstream.body.length });
    response.end(upstream.body);
  }

  function fail(response: http.ServerResponse, status: 500 | 503): void {
    const error = status === 500 ? 'server_error' : 'unavailable';
    const body = JSON.stringify({ error, message: `Injected by the fault proxy (${status}).` });
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse, body: Buffer): Promise<void> {
    // A client that gives up (a long-poll no longer needed) takes the forwarded request with it.
    const gone = new AbortController();
    response.on('close', () => gone.abort());
    const device = request.headers[DEVICE_HEADER] as string | undefined;
    const socket = request.socket;
    if (faultsOn && device !== undefined && partitioned.has(device)) {
      counts.partitioned += 1;
      socket.resetAndDestroy();
      return;
    }
    const fault = faultsOn
      ? options.choose({ device, method: request.method ?? 'GET', path: request.url ?? '/' })
      : null;
    if (fault) counts[fault.kind] += 1;
    switch (fault?.kind) {
      case 'resetBefore':
        socket.resetAndDestroy();
        return;
      case 'dropRequest':
        // Lost on the way: the client hears nothing until the connection dies.
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        socket.destroy();
        return;
      case 'error500':
      case 'error503':
        fail(response, fault.kind === 'error500' ? 500 : 503);
        return;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        break;
      default:
        break;
    }
    const forwarded =
      fault?.kind === 'duplicate'
        ? (await Promise.all([forward(request, body, gone.signal), forward(request, body, gone.signal)]))[1]
        : await forward(request, body, gone.signal);
    if (!forwarded) {
      // A long-poll the device gave up on is not a server that was down.
      if (!gone.signal.aborted) upstreamFailures += 1;
      socket.destroy();
      return;
    }
    if (fault?.kind === 'dropResponse') {
      // The server committed and answered; the answer never reaches the device.
      socket.destroy();
      return;
    }
    if (fault?.kind === 'resetAfter') {
      // Half the answer, then a reset: the device sees a status line and a body cut short.
      response.writeHead(forwarded.status, { ...forwarded.headers, 'content-length': forwarded.body.length });
      response.write(forwarded.body.subarray(0, Math.floor(forwarded.body.length / 2)), () => socket.resetAndDestroy());
      return;
    }
    answer(response, forwarded);
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, response, Buffer.concat(chunks)).catch(() => request.socket.destroy());
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    setTarget(url) {
      target = new URL(url);
    },
    partition: (device) => partitioned.add(device),
    heal: (device) => partitioned.delete(device),
    setFaults(on) {
      faultsOn = on;
    },
    counts: () => ({ ...counts }),
    upstreamFailures: () => upstreamFailures,
    inFlight: () => inFlight,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
