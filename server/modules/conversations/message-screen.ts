import type { SupportCardDto } from '../../../shared/contracts/safety.js';

export interface ScreenContext {
  authorId: string;
  authorHandle: string;
  /** The author's language, a hint for the detector. */
  locale: string;
  conversationId: string;
  conversationKind: 'direct' | 'room';
  /** The people who look out for the author here: their supporter, or the room's moderators. */
  carers: () => Promise<string[]>;
}

export interface ScreenVerdict {
  /** Held from everyone but the author until a moderator releases or hides it. */
  hold: boolean;
  /** Once the message is stored and delivered: the safety actions, and the support card for the author. */
  afterStored(message: { id: string }): Promise<SupportCardDto | null>;
}

/**
 * Every message passes this screen before it is stored; the safety module provides it. Conversations
 * know nothing of risk, only whether to hold and what to hand the author afterwards.
 */
export interface MessageScreen {
  screen(text: string, context: ScreenContext): Promise<ScreenVerdict>;
}
