export function format(name) {
    return `Hello, ${name}!`;
}
