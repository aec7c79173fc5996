// Shared code: every segment that imports it gets its own copy.
export function title(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
