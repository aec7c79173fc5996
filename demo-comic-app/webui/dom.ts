// A small helper to build DOM elements, and the words a person sees for an error.
type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown> & { style?: Partial<CSSStyleDeclaration> };

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
        else if (key === 'className') element.className = String(value);
        else if (key === 'value') (element as any).value = value;
        // Styles go through the CSSOM: a style="..." attribute breaks the node's policy (style-src 'self').
        else if (key === 'style') Object.assign(element.style, value);
        else element.setAttribute(key, value === true ? '' : String(value));
    }
    append(element, children);
    return element;
}

export function append(parent: Element, children: (Child | Child[])[]): void {
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) continue;
        parent.append(child instanceof Node ? child : String(child));
    }
}

export function clear(element: Element, ...children: (Child | Child[])[]): void {
    element.replaceChildren();
    append(element, children);
}

/** What to tell a person about a failed call: the server's words for their mistakes, never a stack trace. */
export function messageOf(error: any): string {
    const status = Number(error?.status ?? 0);
    if (status === 413) return 'That is too large to send. A photo can be at most 1 MB.';
    if (status >= 400 && status < 500 && error?.message) return String(error.message).split('\n')[0];
    if (error?.name === 'ServerUnreachable') return 'Cannot reach the server. Check your connection and try again.';
    return 'Something went wrong on our side. Please try again in a moment.';
}

export function toast(text: string): void {
    const box = document.getElementById('toast')!;
    box.textContent = text;
    box.classList.add('visible');
    clearTimeout((box as any).timer);
    (box as any).timer = setTimeout(() => box.classList.remove('visible'), 4000);
}

export function timeAgo(time: number): string {
    const seconds = Math.max(0, Math.round((Date.now() - time) / 1000));
    if (seconds < 60) return 'just now';
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) return `${minutes} min ago`;
    const hours = Math.round(minutes / 60);
    if (hours < 24) return `${hours} h ago`;
    const days = Math.round(hours / 24);
    if (days < 30) return `${days} d ago`;
    return new Date(time).toLocaleDateString('en', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function avatar(creator: { nickname: string, fullName: string, avatar: string }, size = 'small'): HTMLElement {
    return h('span', { className: `avatar ${size}`, style: { background: creator.avatar }, 'aria-hidden': 'true' },
        (creator.fullName || creator.nickname).slice(0, 1).toUpperCase());
}
