export const title = (text: string) => text.toUpperCase();
