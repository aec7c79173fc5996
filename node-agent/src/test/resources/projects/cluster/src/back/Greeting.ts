/** A class instance that crosses nodes and is rebuilt on the other side. */
export default class Greeting {
    constructor(public readonly text: string) {}

    shout(): string {
        return this.text.toUpperCase();
    }
}
