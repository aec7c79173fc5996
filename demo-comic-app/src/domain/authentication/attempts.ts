// writes: wrong passwords, per nickname and per address. After FAILURES_PER_NICKNAME wrong passwords
// for a nickname, or FAILURES_PER_ADDRESS from one address, within WINDOW_MINUTES, log-in for it is
// refused (429) until the window has passed, before any hash is computed; a right password clears
// the nickname's count. Only well-formed nicknames are counted.
import { attempts } from '../store/collections';
import { NICKNAME } from '../limits';

export const FAILURES_PER_NICKNAME = 5;
export const FAILURES_PER_ADDRESS = 30;
export const WINDOW_MINUTES = 15;

type Attempts = { id: string, failures: number, since: number };
type Counted = { id: string, max: number };

function counted(nickname: string, address: string): Counted[] {
    const normalized = String(nickname ?? '').trim().toLowerCase();
    const keys: Counted[] = [];
    if (NICKNAME.test(normalized)) keys.push({ id: `nickname:${normalized}`, max: FAILURES_PER_NICKNAME });
    if (address) keys.push({ id: `address:${String(address).slice(0, 64)}`, max: FAILURES_PER_ADDRESS });
    return keys;
}

function current(record: Attempts | null, now: number): Attempts | null {
    return record === null || now - record.since > WINDOW_MINUTES * 60_000 ? null : record;
}

/** Minutes until log-in for the nickname from the address is allowed again; 0 when it is allowed now. */
export async function waitMinutes(nickname: string, address: string): Promise<number> {
    const now = Date.now();
    let wait = 0;
    for (const { id, max } of counted(nickname, address)) {
        const record = current(await attempts.get(id), now);
        if (record !== null && record.failures >= max) {
            wait = Math.max(wait, Math.ceil((record.since + WINDOW_MINUTES * 60_000 - now) / 60_000), 1);
        }
    }
    return wait;
}

/** Counts a wrong password for the nickname and the address. */
export async function failed(nickname: string, address: string): Promise<void> {
    const now = Date.now();
    for (const { id } of counted(nickname, address)) {
        const record = current(await attempts.get(id), now);
        if (record === null) {
            await attempts.delete(id);
            try {
                await attempts.insert({ id, failures: 1, since: now });
                continue;
            } catch {
                // another wrong password came at the same time: count on top of it
            }
        }
        const latest = await attempts.get(id);
        await attempts.update(id, { failures: (latest?.failures ?? 0) + 1 });
    }
}

/** Forgets the wrong passwords of the nickname (after a right one); the address's stay counted. */
export async function cleared(nickname: string): Promise<void> {
    const [first] = counted(nickname, '');
    if (first !== undefined) await attempts.delete(first.id);
}
