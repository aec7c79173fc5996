// Shared code: every segment that imports it gets its own copy.
export function title(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
