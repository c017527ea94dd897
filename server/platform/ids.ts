import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids keep inserts local in indexes and sort by creation. */
export function newId(): string {
  return uuidv7();
}
