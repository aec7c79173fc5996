export async function countPosts(): Promise<number> {
    return 1;
}
