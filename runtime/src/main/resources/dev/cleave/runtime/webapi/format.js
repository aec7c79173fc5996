// format(args) like Node's util.format (%s %d %i %f %j %o %O %c %%, the rest appended) and
// table(data, columns) for console.table; both over inspect.js.
(function (inspect) {
    'use strict';

    const { getPrototypeOf, hasOwn, keys: ownKeys, is } = Object;
    const { Map, Set, Math } = globalThis;
    const numberText = (n) => (is(n, -0) ? '-0' : `${n}`);
    const bigintText = (n) => `${n}n`;
    const stringify = JSON.stringify;
    const parseInteger = Number.parseInt;
    const parseDecimal = Number.parseFloat;
    const isArray = Array.isArray;

    // Prototypes of the built-in classes: an object reaching one before any own toString prints
    // with inspect under %s; one with its own toString prints as String(value).
    const BUILTIN_PROTOTYPES = new Set(Object.getOwnPropertyNames(globalThis)
        .filter((name) => /^[A-Z]/.test(name) && typeof globalThis[name] === 'function' && globalThis[name].prototype)
        .map((name) => globalThis[name].prototype));

    function hasBuiltInToString(value) {
        for (let proto = value; proto !== null; proto = getPrototypeOf(proto)) {
            if (BUILTIN_PROTOTYPES.has(proto)) return true;
            if (hasOwn(proto, 'toString')) return false;
        }
        return true;
    }

    const CONVERSIONS = {
        s(value) {
            if (typeof value === 'number') return numberText(value);
            if (typeof value === 'bigint') return bigintText(value);
            if (typeof value !== 'object' || value === null || !hasBuiltInToString(value)) return String(value);
            return inspect(value, { depth: 0 });
        },
        d: (value) => (typeof value === 'bigint' ? bigintText(value) : typeof value === 'symbol' ? 'NaN' : numberText(Number(value))),
        i: (value) => (typeof value === 'bigint' ? bigintText(value) : typeof value === 'symbol' ? 'NaN' : numberText(parseInteger(value))),
        f: (value) => (typeof value === 'symbol' ? 'NaN' : numberText(parseDecimal(value))),
        j(value) {
            try {
                return `${stringify(value)}`;
            } catch (error) {
                if (error instanceof TypeError && /circular/i.test(error.message)) return '[Circular]';
                throw error;
            }
        },
        o: (value) => inspect(value, { depth: 4 }),
        O: (value) => inspect(value),
        c: () => ''
    };

    function format(args) {
        let text = '';
        let next = 0;
        const first = args[0];
        if (typeof first === 'string' && args.length > 1) {
            next = 1;
            let from = 0;
            for (let i = 0; i < first.length - 1; i++) {
                if (first[i] !== '%') continue;
                const spec = first[++i];
                if (spec === '%') {
                    text += first.slice(from, i);
                    from = i + 1;
                } else if (next < args.length && hasOwn(CONVERSIONS, spec)) {
                    text += first.slice(from, i - 1) + CONVERSIONS[spec](args[next++]);
                    from = i + 1;
                }
            }
            text += first.slice(from);
        }
        for (; next < args.length; next++) {
            const value = args[next];
            text += (next > 0 ? ' ' : '') + (typeof value === 'string' ? value : inspect(value));
        }
        return text;
    }

    const cell = (value) => inspect(value, { depth: 0, maxArrayLength: 3, breakLength: Infinity });

    // A box-drawn table: an index column, then the keys of object rows (of arrays and objects)
    // and a Values column for the rest; Map and Set rows show their entries as values.
    function table(data, columns) {
        if (data === null || typeof data !== 'object') return null;
        const isMap = data instanceof Map;
        const iterated = isMap || data instanceof Set;
        const rows = iterated ? [...data.entries()] : ownKeys(data).map((key) => [key, data[key]]);
        const isRow = (row) => !iterated && row !== null && typeof row === 'object';
        const keys = [];
        for (const [, row] of rows) {
            if (isRow(row)) for (const key of ownKeys(row)) if (!keys.includes(key)) keys.push(key);
        }
        const shown = isArray(columns) ? columns.map(String) : keys;
        const hasValues = rows.some(([, row]) => !isRow(row));
        const header = [iterated ? '(iteration index)' : '(index)', ...(isMap ? ['Key'] : []), ...shown, ...(hasValues ? ['Values'] : [])];
        const body = rows.map(([key, row], i) => [
            iterated ? String(i) : String(key),
            ...(isMap ? [cell(key)] : []),
            ...shown.map((column) => (isRow(row) && hasOwn(row, column) ? cell(row[column]) : '')),
            ...(hasValues ? [isRow(row) ? '' : cell(row)] : [])
        ]);
        const widths = header.map((title, c) => Math.max(title.length, ...body.map((line) => line[c].length)) + 2);
        const rule = (left, middle, right) => left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
        const line = (cells) => '│' + cells.map((text, c) => ` ${text}`.padEnd(widths[c])).join('│') + '│';
        return [rule('┌', '┬', '┐'), line(header), rule('├', '┼', '┤'), ...body.map(line), rule('└', '┴', '┘')].join('\n');
    }

    return { inspect, format, table };
})
