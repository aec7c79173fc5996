export default class Post {
    constructor(public readonly id: number, public readonly title: string) {}
}
