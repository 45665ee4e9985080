/**
 * A small HTTP client for server tests that behaves like the browser: it keeps the session
 * cookie, sends Origin on state-changing requests, and can act as a paired device.
 */
export interface ApiResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export class ApiClient {
  sessionCookie: string | undefined;
  deviceToken: string | undefined;

  constructor(
    readonly baseUrl: string,
    options: { deviceToken?: string; origin?: string | null } = {},
  ) {
    this.deviceToken = options.deviceToken;
    this.origin = options.origin === undefined ? baseUrl : options.origin;
  }

  private readonly origin: string | null;

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.sessionCookie) headers.cookie = `lead_session=${this.sessionCookie}`;
    if (this.deviceToken) headers.authorization = `Bearer ${this.deviceToken}`;
    if (method !== 'GET' && this.origin) headers.origin = this.origin;
    const response = await fetch(this.baseUrl + path, {
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
    }
  }
}
