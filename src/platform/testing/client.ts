import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

const csrfPattern = /name="_csrf" value="([^"]+)"/;

/**
 * A browser stand-in over app.inject: keeps cookies, and sends the CSRF token of the
 * last page it saw with every form, as a real browser would.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    private readonly address?: string,
  ) {}

  private from(): { remoteAddress?: string } {
    return this.address === undefined ? {} : { remoteAddress: this.address };
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = csrfPattern.exec(response.body)?.[1];
    if (token !== undefined) this.csrf = token;
    return response;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.remember(
      await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers }, ...this.from() }),
    );
  }

  /** Posts a form; the CSRF token comes from the last page fetched unless one is given (or false: none). */
  async post(
    url: string,
    form: Record<string, string | string[]>,
    options: { csrf?: string | false } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) body.append(key, v);
    const token = options.csrf === undefined ? this.csrf : options.csrf;
    if (token !== false && token !== undefined && !body.has('_csrf')) body.append('_csrf', token);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: body.toString(),
        ...this.from(),
      }),
    );
  }

  async json(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), accept: 'application/json' };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrf !== undefined) headers['x-csrf-token'] = this.csrf;
    return this.remember(
      await this.app.inject({
        method,
        url,
        headers,
        ...this.from(),
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      }),
    );
  }

  /** Signs in through the real form. */
  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/inloggen');
    return this.post('/inloggen', { email, password });
  }
}
