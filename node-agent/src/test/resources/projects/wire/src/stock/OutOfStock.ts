import { BadRequest } from 'jitar';

/** A custom error class of segment stock; registered, so it crosses the wire as itself. */
export default class OutOfStock extends BadRequest {
    constructor(readonly item: string) {
        super(`${item} is out of stock`);
    }
}
