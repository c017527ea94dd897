import { useEffect, useRef, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '../../../shared/realtime/events.js';

export type KindredSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * idle: not wanted (signed out); connecting: the first attempt; connected; lost: it dropped (or never came up)
 * and socket.io keeps trying; refused: the server turned the handshake down (the session ended).
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'lost' | 'refused';

export interface Connection {
  status: ConnectionStatus;
  /** Counts successful connects, so screens can catch up with what they missed after each one. */
  generation: number;
}

let socket: KindredSocket | null = null;
let connection: Connection = { status: 'idle', generation: 0 };
const watchers = new Set<() => void>();

function setConnection(next: Partial<Connection>): void {
  connection = { ...connection, ...next };
  for (const watcher of watchers) watcher();
}

/** One socket per page, created on first use; it keeps its listeners across sign-outs and reconnects. */
export function getSocket(): KindredSocket {
  if (socket) return socket;
  // Same origin: the session cookie authenticates the handshake.
  const created: KindredSocket = io({ path: SOCKET_PATH, transports: ['websocket'], withCredentials: true, autoConnect: false });
  created.on('connect', () => setConnection({ status: 'connected', generation: connection.generation + 1 }));
  created.on('disconnect', (reason) => setConnection({ status: reason === 'io client disconnect' ? 'idle' : 'lost' }));
  // An inactive socket after an error was refused by the server and will not retry on its own.
  created.on('connect_error', () => setConnection({ status: created.active ? 'lost' : 'refused' }));
  socket = created;
  return created;
}

/** Connects (again, with the current session cookie) while someone is signed in. */
export function startSocket(): void {
  const current = getSocket();
  if (current.connected || current.active) current.disconnect();
  setConnection({ status: 'connecting' });
  current.connect();
}

export function stopSocket(): void {
  socket?.disconnect();
  setConnection({ status: 'idle' });
}

/** The socket when it is connected right now, otherwise null (callers fall back to HTTP). */
export function connectedSocket(): KindredSocket | null {
  return socket?.connected ? socket : null;
}

function subscribe(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

export function useConnection(): Connection {
  return useSyncExternalStore(subscribe, () => connection);
}

/** Listens to one server event while the component is mounted; the latest handler is always called. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const current = getSocket();
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) =>
      (latest.current as (...params: Parameters<ServerToClientEvents[E]>) => void)(...args)) as ServerToClientEvents[E];
    // socket.io's typed `on` cannot follow a generic event name.
    (current.on as (name: E, fn: ServerToClientEvents[E]) => void)(event, listener);
    return () => {
      (current.off as (name: E, fn: ServerToClientEvents[E]) => void)(event, listener);
    };
  }, [event]);
}
