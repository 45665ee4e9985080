/**
 * A small HTTP client for server tests that behaves like the browser: it keeps the session and
 * trust cookies, sends Origin on state-changing requests, and can act as a paired device or
 * come from another network address.
 */
import { fromAddress, type Transport } from './from-address.js';

export interface ApiResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export class ApiClient {
  sessionCookie: string | undefined;
  /** The cookie that marks this browser as one where an account signed in before. */
  trustCookie: string | undefined;
  deviceToken: string | undefined;

  /** `localAddress`: send from this 127.x.y.z address instead of the default one. */
  constructor(
    readonly baseUrl: string,
    options: { deviceToken?: string; origin?: string | null; localAddress?: string } = {},
  ) {
    this.deviceToken = options.deviceToken;
    this.origin = options.origin === undefined ? baseUrl : options.origin;
    this.transport = options.localAddress ? fromAddress(options.localAddress) : fetch;
  }

  private readonly origin: string | null;
  private readonly transport: Transport;

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const cookies = [
      ...(this.sessionCookie ? [`lead_session=${this.sessionCookie}`] : []),
      ...(this.trustCookie && path.startsWith('/api/session') ? [`lead_trust=${this.trustCookie}`] : []),
    ];
    if (cookies.length > 0) headers.cookie = cookies.join('; ');
    if (this.deviceToken) headers.authorization = `Bearer ${this.deviceToken}`;
    if (method !== 'GET' && this.origin) headers.origin = this.origin;
    const response = await this.transport(this.baseUrl + path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    this.keepCookie(response.headers);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body: unknown = {}) {
    return this.request<T>('POST', path, body);
  }
  patch<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = Record<string, unknown>>(path: string) {
    return this.request<T>('DELETE', path);
  }

  private keepCookie(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const match = /^lead_session=([^;]*)/.exec(line);
      if (match) this.sessionCookie = match[1] || undefined;
      const trust = /^lead_trust=([^;]*)/.exec(line);
      if (trust) this.trustCookie = trust[1] || undefined;
    }
  }
}
