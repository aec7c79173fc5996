// The session: a bearer token kept in localStorage, sent by a client middleware on every call.
import { configure } from 'cleave';
import type { Creator, Session } from '../src/domain/types';

const KEY = 'panels.session';
let current: Session | null = load();

function load(): Session | null {
    try {
        return JSON.parse(localStorage.getItem(KEY) ?? 'null');
    } catch {
        return null;
    }
}

export function session(): Session | null {
    return current;
}

export function me(): Creator | null {
    return current?.creator ?? null;
}

export function signIn(next: Session): void {
    current = next;
    localStorage.setItem(KEY, JSON.stringify(next));
}

export function signOut(): void {
    current = null;
    localStorage.removeItem(KEY);
}

export function updateMe(creator: Creator): void {
    if (current) signIn({ ...current, creator });
}

const authorization = {
    async handle(request: any, next: () => Promise<any>) {
        if (current) request.setHeader('authorization', `Bearer ${current.token}`);
        const response = await next();
        if (response.status === 401 && current && String(response.result?.message).startsWith('Please log in')) {
            signOut(); // the session ended on the server (expired, or logged out elsewhere)
            location.hash = '#/login';
        }
        return response;
    },
};

configure({ middleware: [authorization] });
