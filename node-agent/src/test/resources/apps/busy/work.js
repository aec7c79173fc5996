// A procedure that keeps its event loop busy (no await) for `ms` milliseconds.
export function spin(ms) {
    const end = Date.now() + ms;
    while (Date.now() < end) {}
    return ms;
}
