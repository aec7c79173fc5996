/** Registered in segment web: its instances cross the wire and are rebuilt as Points. */
export default class Point {
    constructor(public x: number, public y: number) {}

    length(): number {
        return Math.hypot(this.x, this.y);
    }
}
