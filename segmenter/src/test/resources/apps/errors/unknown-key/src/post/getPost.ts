export default async function getPost(id: number) { return id; }
