/** One member's open connection to whichever server is being measured. */
export interface MemberConnection {
  /** Resolves false when the server refused the message (Kindred acknowledges every send; bare ws never refuses). */
  send(body: string): Promise<boolean>;
  close(): void;
}

/** Opens member `member` of room `room`; `onBody` hears the text of every message the room receives. */
export type ConnectMember = (room: number, member: number, onBody: (body: string) => void) => Promise<MemberConnection>;
