export function total(items, currency) {
    return items.reduce((sum, item) => sum + item.price, 0) + ' ' + currency;
}
