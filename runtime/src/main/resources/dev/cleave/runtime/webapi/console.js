// console (WHATWG Console): each message is formatted as Node formats it and written to SLF4J, to
// the logger of the segment whose code runs. host.enabled(level) comes first, so a message at a
// level that is off costs no formatting. Counters, timers and groups belong to the context.
(function (host) {
    'use strict';

    const { inspect, format, table } = host.text;
    const counts = new Map();
    const timers = new Map();
    let indent = '';

    function write(level, text) {
        host.write(level, indent ? indent + text.replaceAll('\n', `\n${indent}`) : text);
    }

    function emit(level, data) {
        if (host.enabled(level)) write(level, format(data));
    }

    function warn(text) {
        if (host.enabled('WARN')) write('WARN', text);
    }

    // The stack of the code that called console.trace, without the runtime's own frames.
    function callerStack() {
        const lines = String(new Error().stack).split('\n').slice(1);
        return lines.filter((line) => !/[( ]cleave:/.test(line)).join('\n');
    }

    function elapsed(label, method) {
        const start = timers.get(label);
        if (start === undefined) {
            warn(`No such label '${label}' for console.${method}()`);
            return undefined;
        }
        return `${(host.now() - start).toFixed(3)}ms`;
    }

    const console = {
        log(...data) { emit('INFO', data); },
        info(...data) { emit('INFO', data); },
        debug(...data) { emit('DEBUG', data); },
        warn(...data) { emit('WARN', data); },
        error(...data) { emit('ERROR', data); },
        dirxml(...data) { emit('INFO', data); },
        trace(...data) {
            // Browsers and Node print console.trace with its stack; it is debugging output.
            if (!host.enabled('DEBUG')) return;
            const message = format(data);
            write('DEBUG', `Trace${message ? `: ${message}` : ''}\n${callerStack()}`);
        },
        assert(condition, ...data) {
            if (condition || !host.enabled('ERROR')) return;
            write('ERROR', data.length ? `Assertion failed: ${format(data)}` : 'Assertion failed');
        },
        dir(item, options) {
            if (host.enabled('INFO')) write('INFO', inspect(item, { depth: options?.depth }));
        },
        table(data, columns) {
            if (!host.enabled('INFO')) return;
            const text = table(data, columns);
            write('INFO', text ?? format([data]));
        },
        count(label = 'default') {
            label = `${label}`;
            const count = (counts.get(label) ?? 0) + 1;
            counts.set(label, count);
            if (host.enabled('INFO')) write('INFO', `${label}: ${count}`);
        },
        countReset(label = 'default') {
            label = `${label}`;
            if (counts.has(label)) counts.delete(label);
            else warn(`Count for '${label}' does not exist`);
        },
        time(label = 'default') {
            label = `${label}`;
            if (timers.has(label)) warn(`Label '${label}' already exists for console.time()`);
            else timers.set(label, host.now());
        },
        timeLog(label = 'default', ...data) {
            label = `${label}`;
            const time = elapsed(label, 'timeLog');
            if (time !== undefined && host.enabled('INFO')) write('INFO', format(['%s: %s', label, time, ...data]));
        },
        timeEnd(label = 'default') {
            label = `${label}`;
            const time = elapsed(label, 'timeEnd');
            timers.delete(label);
            if (time !== undefined && host.enabled('INFO')) write('INFO', `${label}: ${time}`);
        },
        group(...label) {
            if (label.length) emit('INFO', label);
            indent += '  ';
        },
        groupCollapsed(...label) {
            if (label.length) emit('INFO', label);
            indent += '  ';
        },
        groupEnd() {
            indent = indent.slice(2);
        },
        clear() {}
    };
    Object.defineProperty(console, Symbol.toStringTag, { value: 'console', configurable: true });
    Object.defineProperty(globalThis, 'console', { value: console, writable: true, configurable: true, enumerable: false });
})
