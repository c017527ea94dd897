import type { Db, Trx } from './connect.js';

interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes that arrive in the same turn of the event loop share one transaction, so a
 * busy room pays for one durable flush (SQLite's fsync) instead of one per message, while each write
 * still commits before its caller hears back. If anything in a group fails, the group rolls back as a
 * whole and every write is tried again alone, so one bad write never takes others with it.
 */
export function createBatchedWriter<T, R>(db: Db, write: (trx: Trx, item: T) => Promise<R>) {
  let queue: Array<Pending<T, R>> = [];
  let scheduled = false;

  const alone = (pending: Pending<T, R>) =>
    db.transaction().execute((trx) => write(trx, pending.item)).then(pending.resolve, pending.reject);

  async function flush(): Promise<void> {
    scheduled = false;
    const group = queue;
    queue = [];
    if (group.length === 1) return alone(group[0]!);
    let results: R[];
    try {
      results = await db.transaction().execute(async (trx) => {
        const written: R[] = [];
        for (const pending of group) written.push(await write(trx, pending.item));
        return written;
      });
    } catch {
      for (const pending of group) await alone(pending);
      return;
    }
    group.forEach((pending, i) => pending.resolve(results[i]!));
  }

  return {
    write(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}
