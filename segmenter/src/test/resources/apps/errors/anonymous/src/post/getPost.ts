export default async function (id: number) { return id; }
