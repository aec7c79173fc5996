export async function countPosts() {
  return 1;
}
