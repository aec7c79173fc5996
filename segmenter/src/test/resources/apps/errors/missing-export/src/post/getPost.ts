export default async function getPost(id: number) { return id; }
export async function getPostTitle(id: number) { return String(id); }
