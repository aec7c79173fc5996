export async function remote(value) {
    return value;
}
