// writes: wrong passwords per nickname. After FAILURES_MAX wrong passwords for a nickname within
// WINDOW_MINUTES, log-in for it is refused (429) until the window has passed, before any hash is
// computed; a right password clears the count. Only well-formed nicknames are counted.
import { attempts } from '../store/collections';
import { NICKNAME } from '../limits';

export const FAILURES_MAX = 5;
export const WINDOW_MINUTES = 15;

type Attempts = { id: string, failures: number, since: number };

function key(nickname: string): string | null {
    const normalized = String(nickname ?? '').trim().toLowerCase();
    return NICKNAME.test(normalized) ? normalized : null;
}

function current(record: Attempts | null, now: number): Attempts | null {
    return record === null || now - record.since > WINDOW_MINUTES * 60_000 ? null : record;
}

/** Minutes until log-in for the nickname is allowed again; 0 when it is allowed now. */
export async function waitMinutes(nickname: string): Promise<number> {
    const id = key(nickname);
    if (id === null) return 0;
    const now = Date.now();
    const record = current(await attempts.get(id), now);
    if (record === null || record.failures < FAILURES_MAX) return 0;
    return Math.max(1, Math.ceil((record.since + WINDOW_MINUTES * 60_000 - now) / 60_000));
}

/** Counts a wrong password for the nickname. */
export async function failed(nickname: string): Promise<void> {
    const id = key(nickname);
    if (id === null) return;
    const now = Date.now();
    const record = current(await attempts.get(id), now);
    if (record === null) {
        await attempts.delete(id);
        try {
            await attempts.insert({ id, failures: 1, since: now });
            return;
        } catch {
            // another wrong password came at the same time: count on top of it
        }
    }
    const latest = await attempts.get(id);
    await attempts.update(id, { failures: (latest?.failures ?? 0) + 1 });
}

/** Forgets the wrong passwords of the nickname (after a right one). */
export async function cleared(nickname: string): Promise<void> {
    const id = key(nickname);
    if (id !== null) await attempts.delete(id);
}
