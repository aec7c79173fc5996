// 'cleave/events': publish events on topics; a segment subscribes to a topic with a handler. Each
// event reaches each subscribing segment once, on one of the nodes that host it, and waits in the
// store until handled. A handler that throws is retried a few times, then the event is logged as failed.
import { BadRequest, ServerError } from './errors.mjs';
import { host, run, toJson, describe } from './state.mjs';

const MODULE = 'cleave/events';
const TOPIC = /^[A-Za-z0-9_.:-]{1,200}$/;
const handlers = new Map();

function checkTopic(topic) {
    if (typeof topic !== 'string' || !TOPIC.test(topic)) {
        throw new BadRequest(`${MODULE}: a topic is 1 to 200 letters, digits, '_', '.', ':' or '-', got ${describe(topic)}`);
    }
    return topic;
}

/**
 * Makes handler(event, meta) handle the events of topic for the segment of the calling module.
 * Call it at the top level of a module of a segment (it runs when the node loads the segment).
 * meta is { id, topic, attempt, publishedAt }.
 */
export function subscribe(topic, handler) {
    checkTopic(topic);
    if (typeof handler !== 'function') throw new BadRequest(`${MODULE}: the handler of '${topic}' must be a function`);
    const segment = host(MODULE).subscribe(topic);
    if (segment === null || segment === undefined) {
        throw new ServerError(`${MODULE}: subscribe('${topic}') must run when a segment's module loads (at its top `
            + 'level), so that Cleave knows which segment handles the topic');
    }
    const key = `${segment}\u0000${topic}`;
    if (handlers.has(key) && handlers.get(key) !== handler) {
        throw new ServerError(`${MODULE}: segment '${segment}' subscribes to '${topic}' twice; one handler per topic and segment`);
    }
    handlers.set(key, handler);
}

/** Keeps event (a JSON value) for every segment that subscribes to topic; resolves once it is kept. */
export async function publish(topic, event) {
    checkTopic(topic);
    const json = toJson(event, 'event');
    await run(() => `publish on '${topic}'`, () => host(MODULE).publish(topic, json));
}

/** Called by the node: runs the handler of segment for one event. */
export async function deliver(segment, topic, event, meta) {
    const handler = handlers.get(`${segment}\u0000${topic}`);
    if (!handler) throw new ServerError(`${MODULE}: segment '${segment}' has no handler for '${topic}' on this node`);
    await handler(JSON.parse(event), JSON.parse(meta));
}
