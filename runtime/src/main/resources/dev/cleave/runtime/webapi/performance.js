// performance (High Resolution Time): now() is GraalJS's own (js.performance), monotonic, in
// milliseconds since the context's time origin; timeOrigin is that origin in epoch milliseconds.
(function (host) {
    'use strict';

    const { TypeError } = globalThis;
    const builtin = globalThis.performance;
    if (builtin === undefined || typeof builtin.now !== 'function') {
        throw new TypeError('performance.now is missing: the context needs the GraalJS option js.performance=true');
    }
    const builtinNow = Function.prototype.call.bind(builtin.now, builtin);
    const timeOrigin = host.epochMillis() - builtinNow();
    const TOKEN = Symbol('performance');

    class Performance {
        #brand = true;

        constructor(token) {
            if (token !== TOKEN) throw new TypeError('Illegal constructor');
        }

        now() {
            if (!(#brand in this)) throw new TypeError('Illegal invocation');
            return builtinNow();
        }

        get timeOrigin() {
            if (!(#brand in this)) throw new TypeError('Illegal invocation');
            return timeOrigin;
        }

        toJSON() {
            if (!(#brand in this)) throw new TypeError('Illegal invocation');
            return { timeOrigin };
        }
    }

    Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
    for (const [name, value] of [['Performance', Performance], ['performance', new Performance(TOKEN)]]) {
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    }
})
