/**
 * Every message passes this screen before it is stored. The safety issue plugs the risk detector in
 * here; until then nothing is held, and the call sits exactly where the detector will run.
 */
export interface MessageScreen {
  screen(text: string, context: { authorId: string; conversationId: string }): Promise<{ hold: boolean }>;
}

export const holdNothing: MessageScreen = { screen: async () => ({ hold: false }) };
