// 'cleave/remote': what generated remote modules call to reach a procedure of another segment.
// The node installs the transport as globalThis[Symbol.for('cleave.run')]; a bare runtime has none.
import { ServerError } from './cleave.mjs';

const RUN = Symbol.for('cleave.run');

export async function __run(fqn, version, args) {
    const run = globalThis[RUN];
    if (typeof run !== 'function') {
        throw new ServerError(`Cannot call '${fqn}' (version ${version}): it lives in another segment and `
            + 'this runtime has no node to route it; start the app with ./cleave start');
    }
    return run(fqn, version, args);
}
