// Drives browser-client's modules (the very files a bundle ships) against a real node serving
// the 'wire' test project, and reports what the browser would see as plain data.
import * as browser from '../../../../../../browser-client/src/main/js/index.mjs';

const client = port => browser.createClient({ baseUrl: `http://127.0.0.1:${port}` });

async function failure(promise) {
    try {
        return { resolved: await promise };
    } catch (error) {
        return error;
    }
}

/** For each kind that stock/fail throws: the class, message and status the browser sees. */
export async function errors(port, kinds) {
    const result = {};
    for (const kind of kinds) {
        const error = await failure(client(port).run('stock/fail', '0.0.0', { kind }));
        const own = Object.hasOwn(browser, kind) ? browser[kind] : globalThis[kind];
        result[kind] = {
            isClass: typeof own === 'function' && error instanceof own,
            name: error.name,
            message: error.message,
            status: error.status
        };
    }
    return result;
}

/** Values of several kinds there and back through shapes/echo. */
export async function values(port) {
    const back = await client(port).run('shapes/echo', '0.0.0',
        { value: { when: new Date(0), names: new Map([[1, 'one']]), big: 12n, tags: new Set(['a']) } });
    return {
        isDate: back.when instanceof Date, time: back.when.getTime(), one: back.names.get(1),
        big: typeof back.big === 'bigint' ? back.big.toString() : 'not a bigint', hasA: back.tags.has('a')
    };
}

/** A call the node refuses before running anything: an unknown procedure. */
export async function unknownProcedure(port) {
    const error = await failure(client(port).run('stock/nothing'));
    return { notFound: error instanceof browser.NotFound, status: error.status, message: error.message };
}
