export default class Point {
    #label: string;

    constructor(readonly x: number, readonly y: number, label = 'p') {
        this.#label = label;
    }

    get label(): string {
        return this.#label;
    }

    length(): number {
        return Math.hypot(this.x, this.y);
    }
}
