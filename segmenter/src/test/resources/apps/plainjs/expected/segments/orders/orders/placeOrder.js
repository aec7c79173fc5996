import { v4 } from 'uuid';
import { total } from '../util/money.js';
import checkStock from "../__remote__/orders/checkStock.js";

// Written by hand, kept exactly: spacing, quotes and comments stay as they are.
export default async function placeOrder( items, { currency = 'EUR', express } = {} ) {
    if (!await checkStock(items)) return null;
    return { id: v4(), total: total(items, currency), express };
}
