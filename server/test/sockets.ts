import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/realtime/events.js';
import { SOCKET_PATH } from '../../shared/realtime/events.js';
import type { TestApp } from './build-test-app.js';
import { TEST_ORIGIN, type TestClient } from './test-client.js';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Sockets need a real listening server; inject() cannot upgrade. */
export async function listen(t: TestApp): Promise<string> {
  return t.app.listen({ host: '127.0.0.1', port: 0 });
}

/** Opens a socket as the browser `client` is signed in, the way a page on Kindred's own origin would. */
export function openSocket(baseUrl: string, client: TestClient | null, options: { origin?: string } = {}): TestSocket {
  return io(baseUrl, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: { origin: options.origin ?? TEST_ORIGIN, ...(client ? { cookie: client.cookieHeader() } : {}) },
  });
}

export async function connected(socket: TestSocket): Promise<TestSocket> {
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

export function connectError(socket: TestSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected, but a refusal was expected')));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

/** Collects every payload of one event, so tests can assert both what arrived and what did not. */
export function collect<E extends keyof ServerToClientEvents>(socket: TestSocket, event: E): Array<Parameters<ServerToClientEvents[E]>[0]> {
  const received: Array<Parameters<ServerToClientEvents[E]>[0]> = [];
  socket.on(event, ((payload: Parameters<ServerToClientEvents[E]>[0]) => received.push(payload)) as never);
  return received;
}

export async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets in-flight socket packets land before asserting that something did not arrive. */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

export function disconnected(socket: TestSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}
