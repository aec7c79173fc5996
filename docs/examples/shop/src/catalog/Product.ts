/** A product of the catalog; registered, so its instances cross the wire as Products. */
export default class Product {
    constructor(readonly id: string, readonly name: string, readonly price: number) {}

    total(quantity: number): number {
        return this.price * quantity;
    }
}
