export async function getPost(id: number) { return id; }
