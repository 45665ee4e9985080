/**
 * Sends bytes to the server as they are, for requests fetch will not make (no Content-Type, huge
 * headers, broken HTTP), and reads the answer until the server closes the connection.
 */
import { connect } from 'node:net';

export interface RawAnswer {
  readonly status: number;
  readonly head: string;
  readonly body: string;
}

export function sendRaw(baseUrl: string, request: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    // The server may close while we are still writing (it refused early): the answer is what counts.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    socket.on('close', () => {
      const split = received.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error('no HTTP answer'));
      const head = received.slice(0, split);
      resolve({ status: Number(head.split(' ')[1]), head, body: received.slice(split + 4) });
    });
    socket.write(request);
  });
}
