import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type HttpModule = typeof import('./http.js');

const fetchMock = vi.fn<typeof fetch>();

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

function csrfInvalid(): Response {
  return jsonResponse(403, { type: 'about:blank', title: 'Forbidden', status: 403, code: 'csrf_invalid' });
}

function requestAt(index: number): { url: string; init: RequestInit; headers: Record<string, string> } {
  const [url, init = {}] = fetchMock.mock.calls[index] ?? [];
  return { url: String(url), init, headers: (init.headers ?? {}) as Record<string, string> };
}

// The CSRF token is cached per module, so every test starts from a fresh copy.
async function load(): Promise<HttpModule> {
  vi.resetModules();
  return import('./http.js');
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getJson', () => {
  it('sends no body, content-type or CSRF header, and checks the answer against the schema', async () => {
    const http = await load();
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { n: 1, extra: true }));

    await expect(http.getJson('/api/thing', z.object({ n: z.number() }), { search: 'a b', empty: '' })).resolves.toEqual({
      n: 1,
    });
    const { url, init, headers } = requestAt(0);
    expect(url).toBe('/api/thing?search=a+b');
    expect(init.body).toBeUndefined();
    expect(headers['content-type']).toBeUndefined();
    expect(headers['x-csrf-token']).toBeUndefined();
  });

  it('turns a problem answer into an ApiError with the Retry-After seconds', async () => {
    const http = await load();
    fetchMock.mockResolvedValueOnce(
      jsonResponse(429, { type: 'about:blank', title: 'Slow down', status: 429, code: 'too_many_attempts' }, { 'retry-after': '120' }),
    );

    const error = await http.getJson('/api/thing', z.unknown()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(http.ApiError);
    expect(error).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfterSeconds: 120 });
  });

  it('reports a network failure as status 0 with code network_error', async () => {
    const http = await load();
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    await expect(http.getJson('/api/thing', z.unknown())).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});

describe('state-changing requests', () => {
  it('fetch the CSRF token once, then send it with JSON bodies', async () => {
    const http = await load();
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, { csrfToken: 'token-1' }))
      .mockResolvedValueOnce(jsonResponse(200, { ok: true }))
      .mockResolvedValueOnce(jsonResponse(200, { ok: true }));

    await http.sendJson('POST', '/api/a', z.object({ ok: z.boolean() }), { x: 1 });
    await http.sendJson('PUT', '/api/b', z.object({ ok: z.boolean() }), { x: 2 });

    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(requestAt(0).url).toBe('/api/auth/csrf');
    for (const index of [1, 2]) {
      const { headers, init } = requestAt(index);
      expect(headers['x-csrf-token']).toBe('token-1');
      expect(headers['content-type']).toBe('application/json');
      expect(typeof init.body).toBe('string');
    }
  });

  it('send no content-type and no body when there is nothing to send', async () => {
    const http = await load();
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, { csrfToken: 'token-1' }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));

    await http.send('DELETE', '/api/me/sessions/s1');

    const { init, headers } = requestAt(1);
    expect(init.method).toBe('DELETE');
    expect(init.body).toBeUndefined();
    expect(headers['content-type']).toBeUndefined();
    expect(headers['x-csrf-token']).toBe('token-1');
  });

  it('refetch the token and retry once after csrf_invalid', async () => {
    const http = await load();
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, { csrfToken: 'old' }))
      .mockResolvedValueOnce(csrfInvalid())
      .mockResolvedValueOnce(jsonResponse(200, { csrfToken: 'new' }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));

    await http.send('POST', '/api/auth/sign-out');

    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect(requestAt(3).headers['x-csrf-token']).toBe('new');
  });

  it('give up after a second csrf_invalid', async () => {
    const http = await load();
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, { csrfToken: 'old' }))
      .mockResolvedValueOnce(csrfInvalid())
      .mockResolvedValueOnce(jsonResponse(200, { csrfToken: 'new' }))
      .mockResolvedValueOnce(csrfInvalid());

    await expect(http.send('POST', '/api/auth/sign-out')).rejects.toMatchObject({ code: 'csrf_invalid' });
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });
});
