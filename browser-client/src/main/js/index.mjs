// Cleave's browser client: what front-end code (and the stubs the browser build generates for
// imports of server modules) uses to run procedures on the server.
//
//   configure({ baseUrl, middleware, maxConcurrent, classes })
//   await __run('post/createPost', '1.0.0', { title, body })
//
// One client per page; createClient makes more (for tests, or a second server).
import { createClient } from './client.mjs';

export * from './errors.mjs';
export { Request, Response } from './request.mjs';
export { createClient, ServerUnreachable, DEFAULT_MAX_CONCURRENT } from './client.mjs';
export { serialize, deserialize, createRegistry, SerializedDataError, LIMITS } from './serializer.mjs';

const client = createClient();

/** Changes the settings of the page's client; settings not named stay as they were. */
export function configure(options) {
    client.configure(options);
}

/** Runs procedure `fqn` at `version` on the server with named arguments; options: { headers, signal }. */
export function __run(fqn, version, args, options) {
    return client.run(fqn, version, args, options);
}
