import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export const TEST_ORIGIN = 'http://kindred.test';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Acts like one browser: keeps its cookies, sends the same-origin header and the CSRF token. */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    private readonly defaults: { ip?: string; userAgent?: string } = {},
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Headers for a state-changing request from this browser to a real server process on the same database. */
  async remoteHeaders(): Promise<Record<string, string>> {
    if (!this.csrfToken) await this.fetchCsrf();
    return { cookie: this.cookieHeader(), origin: TEST_ORIGIN, 'x-csrf-token': this.csrfToken!, 'content-type': 'application/json' };
  }

  /** The Cookie header this browser would send, for opening a socket as the same person. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: Method, url: string, options: { body?: unknown; headers?: Record<string, string>; csrf?: boolean } = {}): Promise<LightMyRequestResponse> {
    const unsafe = method !== 'GET';
    if (unsafe && (options.csrf ?? true) && !this.csrfToken) await this.fetchCsrf();
    const headers: Record<string, string> = {
      ...(this.defaults.userAgent ? { 'user-agent': this.defaults.userAgent } : {}),
      ...(unsafe ? { origin: TEST_ORIGIN } : {}),
      ...(unsafe && (options.csrf ?? true) && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
      ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
      ...options.headers,
    };
    const injectOptions: InjectOptions = { method, url, headers, remoteAddress: this.defaults.ip ?? '127.0.0.1' };
    if (options.body !== undefined) injectOptions.payload = options.body as InjectOptions['payload'];
    const response = await this.app.inject(injectOptions);
    for (const cookie of response.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() <= Date.now()) || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, { body });
  put = (url: string, body?: unknown) => this.request('PUT', url, { body });
  patch = (url: string, body?: unknown) => this.request('PATCH', url, { body });
  delete = (url: string) => this.request('DELETE', url);

  private async fetchCsrf(): Promise<void> {
    const response = await this.request('GET', '/api/auth/csrf');
    this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  }
}
