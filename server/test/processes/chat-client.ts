import type { MessageDto } from '../../../shared/contracts/conversations.js';
import type { SendAck } from '../../../shared/realtime/events.js';
import { SOCKET_PATH } from '../../../shared/realtime/events.js';
import { io } from 'socket.io-client';
import type { TestSocket } from '../sockets.js';
import { TEST_ORIGIN, type TestClient } from '../test-client.js';

/**
 * A chat client that behaves as the web client does: it keeps what it has seen by sequence number,
 * retries a send with the same client id until acknowledged, and after every reconnect fetches what it
 * missed. Tests then check its view has no gap and no duplicate.
 */
export class ChatClient {
  readonly seen = new Map<number, string>();
  readonly acknowledged: string[] = [];
  readonly socket: TestSocket;
  private sequence = 0;

  constructor(private readonly baseUrl: string, private readonly browser: TestClient, private readonly conversationId: string, private readonly name: string) {
    this.socket = io(baseUrl, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      extraHeaders: { origin: TEST_ORIGIN, cookie: browser.cookieHeader() },
    });
    this.socket.on('message:new', (message) => this.remember(message));
    this.socket.on('connect', () => void this.catchUp().catch(() => {}));
  }

  private remember(message: MessageDto): void {
    if (message.conversationId !== this.conversationId) return;
    const known = this.seen.get(message.seq);
    if (known && known !== message.id) throw new Error(`${this.name} saw two messages numbered ${message.seq}`);
    this.seen.set(message.seq, message.id);
  }

  /** The highest sequence number up to which nothing is missing. */
  contiguousUpTo(): number {
    let seq = 0;
    while (this.seen.has(seq + 1)) seq += 1;
    return seq;
  }

  async catchUp(): Promise<void> {
    for (;;) {
      const after = this.contiguousUpTo();
      const response = await fetch(`${this.baseUrl}/api/conversations/${this.conversationId}/messages?after=${after}&limit=200`, { headers: { cookie: this.browser.cookieHeader() } });
      if (!response.ok) throw new Error(`catch-up failed: ${response.status}`);
      const { messages } = (await response.json()) as { messages: MessageDto[] };
      messages.forEach((message) => this.remember(message));
      if (messages.length === 0) return;
    }
  }

  nextClientId(): string {
    this.sequence += 1;
    return `${this.name}-${this.sequence}-${Math.random().toString(36).slice(2, 8)}`;
  }

  /** Resolves once the server acknowledged that the message is stored; survives server restarts. */
  async send(body: string, clientId = this.nextClientId()): Promise<MessageDto> {
    for (;;) {
      try {
        if (!this.socket.connected) await new Promise<void>((resolve) => this.socket.once('connect', () => resolve()));
        const ack = (await this.socket.timeout(2000).emitWithAck('message:send', { conversationId: this.conversationId, clientId, body })) as SendAck;
        if (!ack.ok) throw new Error(`send refused: ${JSON.stringify(ack.problem)}`);
        this.acknowledged.push(clientId);
        this.remember(ack.message);
        return ack.message;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('send refused')) throw error;
        // No acknowledgement (the server went away): send again with the same client id.
      }
    }
  }

  close(): void {
    this.socket.disconnect();
  }
}
