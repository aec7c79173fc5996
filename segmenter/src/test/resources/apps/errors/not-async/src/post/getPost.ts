// Forgot the async keyword.
export function getPost(id: number): number {
    return id;
}
