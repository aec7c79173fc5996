// The classes that the wire fixtures (src/test/fixtures/wire.json) name, and a custom error.
import * as errors from '../../main/js/errors.mjs';

export class Point {
    constructor(x, y) {
        this.x = x;
        this.y = y;
        this.label = 'p';
    }

    length() {
        return Math.hypot(this.x, this.y);
    }
}

export class Account {
    #secret;

    constructor(name, secret) {
        this.name = name;
        this.#secret = secret;
    }

    get secret() {
        return this.#secret;
    }
}

export class OutOfStock extends errors.BadRequest {
    constructor(item) {
        super(`${item} is out of stock`);
        this.item = item;
    }
}

/** As the browser build will pass them to configure({ classes }). */
export const classes = [
    { key: 'geo/Point', constructor: Point, parameters: ['x', 'y'] },
    { key: 'account/Account', constructor: Account, parameters: ['name', 'secret'] }
];

/** Makes the value of a fixture's JavaScript expression. */
export const make = js => new Function('Point', 'Account', 'NotFound', 'BadRequest', `return (${js});`)(
    Point, Account, errors.NotFound, errors.BadRequest);
