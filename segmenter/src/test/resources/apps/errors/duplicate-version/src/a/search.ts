export async function search(query: string) { return [query]; }
