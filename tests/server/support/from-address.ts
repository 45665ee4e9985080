/**
 * A fetch-like function whose requests leave from a chosen local address. Linux treats every
 * 127.x.y.z as this machine, so one test can be many network addresses (fetch cannot choose).
 */
import { request } from 'node:http';

export type Transport = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<Response>;

export function fromAddress(localAddress: string): Transport {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        url,
        { method: init.method, headers: init.headers, localAddress, agent: false },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const headers = new Headers();
            for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
              headers.append(res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string);
            }
            const body = chunks.length > 0 ? Buffer.concat(chunks) : null;
            resolve(new Response(body, { status: res.statusCode ?? 0, headers }));
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(init.body);
    });
}
