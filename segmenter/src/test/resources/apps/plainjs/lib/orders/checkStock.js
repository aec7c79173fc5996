export default async function checkStock(items) {
    return items.length > 0;
}
