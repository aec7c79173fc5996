// Timers as in browsers and WinterTC runtimes: integer ids, one id space for timeouts and intervals.
(function (host) {
    'use strict';

    function checkCallback(name, callback) {
        if (typeof callback !== 'function') {
            throw new TypeError(`${name}: the callback must be a function, got ${callback === null ? 'null' : typeof callback}`);
        }
    }

    function toDelay(delay) {
        const ms = Number(delay);
        return Number.isFinite(ms) ? ms : 0;
    }

    function toId(id) {
        const n = Number(id);
        return Number.isInteger(n) && n > 0 && n < 2 ** 31 ? n : 0;
    }

    function define(name, value) {
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    }

    define('setTimeout', function setTimeout(callback, delay = 0, ...args) {
        checkCallback('setTimeout', callback);
        return host.setTimer(callback, toDelay(delay), false, ...args);
    });
    define('setInterval', function setInterval(callback, delay = 0, ...args) {
        checkCallback('setInterval', callback);
        return host.setTimer(callback, toDelay(delay), true, ...args);
    });
    define('clearTimeout', function clearTimeout(id) {
        const n = toId(id);
        if (n) host.clearTimer(n);
    });
    define('clearInterval', function clearInterval(id) {
        const n = toId(id);
        if (n) host.clearTimer(n);
    });

    define('reportError', function reportError(error) {
        // An error reported here belongs to nobody's promise: log it like an uncaught exception.
        console.error('Uncaught', error);
    });

    const resolved = Promise.resolve();
    define('queueMicrotask', function queueMicrotask(callback) {
        checkCallback('queueMicrotask', callback);
        resolved.then(() => {
            try {
                callback();
            } catch (error) {
                globalThis.reportError(error);
            }
        });
    });
})
