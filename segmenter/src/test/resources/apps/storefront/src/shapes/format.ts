// Shared code: the browser bundles it as code.
export function shout(text: string): string {
    return text.toUpperCase() + '!';
}
