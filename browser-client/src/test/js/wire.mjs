// The serializer of the browser client against the golden wire fixtures.
import { serialize, deserialize, createRegistry, parseJson } from '../../main/js/serializer.mjs';
import * as errors from '../../main/js/errors.mjs';
import { classes, make, Point, Account } from './classes.mjs';

const registry = createRegistry([
    ...classes,
    ...Object.entries(errors).map(([name, constructor]) => ({ key: `cleave:${name}`, constructor, parameters: ['message'] }))
]);

export async function serializeCase(js) {
    return JSON.stringify(serialize(make(js), registry, { includeStack: false }));
}

export async function roundTrip(wire) {
    return JSON.stringify(serialize(deserialize(JSON.parse(wire), registry), registry, { includeStack: false }));
}

export async function rebuildsWorkingValues() {
    const data = serialize({ p: new Point(3, 4), a: new Account('ada', 'x'), e: new errors.NotFound('gone') }, registry);
    const back = deserialize(JSON.parse(JSON.stringify(data)), registry);
    return {
        pointLength: back.p.length(), isPoint: back.p instanceof Point, secret: back.a.secret,
        notFound: back.e instanceof errors.NotFound, message: back.e.message
    };
}

/** A message as the client reads an answer (parseJson, then deserialize): 'accepted' or 'Name: message'. */
export async function decodes(text) {
    try {
        deserialize(parseJson(text), registry);
        return 'accepted';
    } catch (error) {
        return `${error.name}: ${error.message}`;
    }
}
