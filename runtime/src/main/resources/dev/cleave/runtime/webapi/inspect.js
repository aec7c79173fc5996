// inspect(value, options): renders a value as Node's util.inspect does (depth 2, 80 columns,
// compact 3, 100 items), for console. It is one file past 300 lines because every part recurses
// through formatValue and shares one context: the objects being printed, indentation and depth.
// Left out: colors, showHidden, getters, sorted, Proxy details and promise state (no JS API).
(function () {
    'use strict';

    const DEFAULTS = { depth: 2, breakLength: 80, compact: 3, maxArrayLength: 100, maxStringLength: 10000 };
    const CUSTOM = Symbol.for('nodejs.util.inspect.custom');
    const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
    const INDEX = /^(0|[1-9][0-9]*)$/;
    const ESCAPED = /[\x00-\x1f\x7f-\x9f'\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    const SHORT_ESCAPES = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '\\': '\\\\' };

    // Built-ins as they were before application code ran, so it cannot change how values print.
    const { Array, Number, Math, Map, Uint8Array, Error, WeakMap, WeakSet, RegExp } = globalThis;
    const { getPrototypeOf, getOwnPropertyDescriptor, getOwnPropertySymbols, keys: ownKeys, hasOwn, is } = Object;
    const uncurry = (fn) => Function.prototype.call.bind(fn);
    const getter = (proto, key) => uncurry(getOwnPropertyDescriptor(proto, key).get);
    const brand = (probe) => (value) => {
        try {
            probe(value);
            return true;
        } catch {
            return false;
        }
    };
    const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
    const objectTag = uncurry(Object.prototype.toString);
    const functionSource = uncurry(Function.prototype.toString);
    const hasInstance = uncurry(Function.prototype[Symbol.hasInstance]);
    const symbolText = uncurry(Symbol.prototype.toString);
    const errorText = uncurry(Error.prototype.toString);
    const dateTime = uncurry(Date.prototype.getTime);
    const dateIso = uncurry(Date.prototype.toISOString);
    const regExpText = uncurry(RegExp.prototype.toString);
    const mapSize = getter(Map.prototype, 'size');
    const setSize = getter(Set.prototype, 'size');
    const mapForEach = uncurry(Map.prototype.forEach);
    const setForEach = uncurry(Set.prototype.forEach);
    const typedArrayName = getter(getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
    const typedArrayLength = getter(getPrototypeOf(Uint8Array.prototype), 'length');
    const bufferLength = getter(ArrayBuffer.prototype, 'byteLength');
    const bufferDetached = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached') ? getter(ArrayBuffer.prototype, 'detached') : () => false;
    const sharedLength = typeof SharedArrayBuffer === 'function' ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
    const viewBuffer = getter(DataView.prototype, 'buffer');
    const WEAK_KEY = {};
    const isDate = brand(dateTime);
    const isRegExp = brand(getter(RegExp.prototype, 'source'));
    const isMap = brand(mapSize);
    const isSet = brand(setSize);
    const isArrayBuffer = brand(bufferLength);
    const isSharedArrayBuffer = sharedLength ? brand(sharedLength) : () => false;
    const isDataView = brand(viewBuffer);
    const isWeakMap = brand((value) => WeakMap.prototype.has.call(value, WEAK_KEY));
    const isWeakSet = brand((value) => WeakSet.prototype.has.call(value, WEAK_KEY));
    const BOXED = new Map([Number, String, Boolean, BigInt, Symbol].map((type) => [type.name, uncurry(type.prototype.valueOf)]));

    function inspect(value, options) {
        const ctx = { ...DEFAULTS, seen: [], circular: new Map(), indentationLvl: 0, currentDepth: 0 };
        if (options !== null && typeof options === 'object') {
            for (const key of ownKeys(DEFAULTS)) {
                if (options[key] !== undefined) ctx[key] = options[key] === null ? Infinity : options[key];
            }
        }
        return formatValue(ctx, value, 0);
    }

    function formatValue(ctx, value, level) {
        if (typeof value === 'string') return formatString(ctx, value);
        if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(value);
        if (value === null) return 'null';
        const custom = value[CUSTOM];
        if (typeof custom === 'function' && custom !== inspect) {
            const options = { ...DEFAULTS, depth: ctx.depth - level };
            const result = custom.call(value, ctx.depth - level, options, inspect);
            if (result !== value) {
                const text = typeof result === 'string' ? result : formatValue(ctx, result, level);
                return text.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
            }
        }
        if (ctx.seen.includes(value)) {
            if (!ctx.circular.has(value)) ctx.circular.set(value, ctx.circular.size + 1);
            return `[Circular *${ctx.circular.get(value)}]`;
        }
        return formatObject(ctx, value, level);
    }

    function formatPrimitive(value) {
        switch (typeof value) {
            case 'number': return is(value, -0) ? '-0' : `${value}`;
            case 'bigint': return `${value}n`;
            case 'symbol': return symbolText(value);
            default: return String(value);
        }
    }

    function formatString(ctx, value) {
        let trailer = '';
        if (value.length > ctx.maxStringLength) {
            const remaining = value.length - ctx.maxStringLength;
            value = value.slice(0, ctx.maxStringLength);
            trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
        }
        // A long text with line breaks prints one quoted line per row, joined by +.
        if (value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4 && value.includes('\n')) {
            return value.split(/(?<=\n)/).map(quote).join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
        }
        return quote(value) + trailer;
    }

    function quote(text) {
        let mark = "'";
        if (text.includes("'")) {
            if (!text.includes('"')) mark = '"';
            else if (!text.includes('`') && !text.includes('${')) mark = '`';
        }
        return mark + text.replace(ESCAPED, (c) => escape(c, mark)) + mark;
    }

    function escape(c, mark) {
        if (c === "'") return mark === "'" ? "\\'" : c;
        if (SHORT_ESCAPES[c]) return SHORT_ESCAPES[c];
        const code = c.charCodeAt(0);
        // Node writes control characters as \x1B and lone surrogates as \ud800.
        return code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    }

    function formatObject(ctx, value, level) {
        const ctor = constructorName(value);
        const tag = stringTag(value, ctor);
        const shape = describe(ctx, value, ctor, tag);
        if (shape.text !== undefined) return shape.text;
        if (level > ctx.depth) {
            const name = prefix(ctor, tag, 'Object').slice(0, -1);
            return ctor === null ? name : `[${name}]`;
        }
        ctx.seen.push(value);
        ctx.currentDepth = level;
        const [items, more] = shape.list ? shape.list(ctx, level + 1) : [[], ''];
        for (const key of shape.keys) items.push(formatProperty(ctx, value, key, level + 1));
        ctx.seen.pop();
        let base = shape.base ?? '';
        const ref = ctx.circular.get(value);
        if (ref !== undefined) base = base ? `<ref *${ref}> ${base}` : `<ref *${ref}>`;
        return combine(ctx, items, more, base, shape.braces, shape.grouped ? value : undefined, level);
    }

    function constructorName(value) {
        for (let proto = value; proto !== null; proto = getPrototypeOf(proto)) {
            const desc = getOwnPropertyDescriptor(proto, 'constructor');
            const ctor = desc?.value;
            if (typeof ctor === 'function' && ctor.name !== '' && hasInstance(ctor, value)) return String(ctor.name);
        }
        return getPrototypeOf(value) === null ? null : 'Object';
    }

    function stringTag(value, ctor) {
        const tag = value[Symbol.toStringTag];
        // An own enumerable tag prints as a key already.
        return typeof tag === 'string' && !isEnumerable(value, Symbol.toStringTag) ? tag : '';
    }

    function prefix(ctor, tag, fallback, size = '') {
        if (ctor === null) {
            return tag && tag !== fallback ? `[${fallback}${size}: null prototype] [${tag}] ` : `[${fallback}${size}: null prototype] `;
        }
        return tag && tag !== ctor ? `${ctor}${size} [${tag}] ` : `${ctor}${size} `;
    }

    function propertyKeys(value, withIndices = true) {
        const keys = withIndices ? ownKeys(value) : ownKeys(value).filter((key) => !INDEX.test(key));
        for (const symbol of getOwnPropertySymbols(value)) {
            if (isEnumerable(value, symbol)) keys.push(symbol);
        }
        return keys;
    }

    // What to print for an object: a text alone, or braces around entries (list, then keys).
    function describe(ctx, value, ctor, tag) {
        if (Array.isArray(value)) {
            const start = ctor !== 'Array' || tag ? prefix(ctor, tag, 'Array', `(${value.length})`) : '';
            const keys = propertyKeys(value, false);
            if (value.length === 0 && keys.length === 0) return { text: `${start}[]` };
            return { braces: [`${start}[`, ']'], keys, list: (c, l) => arrayItems(c, value, l), grouped: true };
        }
        const typed = typedArrayName(value);
        if (typed !== undefined) {
            const length = typedArrayLength(value);
            const start = prefix(ctor, tag, typed, `(${length})`);
            const keys = getOwnPropertySymbols(value).filter((symbol) => isEnumerable(value, symbol));
            if (length === 0 && keys.length === 0) return { text: `${start}[]` };
            return { braces: [`${start}[`, ']'], keys, list: (c) => typedItems(c, value, length), grouped: true };
        }
        // The class string names the one brand check worth trying, so plain objects throw nothing.
        const kind = objectTag(value).slice(8, -1);
        if ((kind === 'Map' && isMap(value)) || (kind === 'Set' && isSet(value))) {
            const map = kind === 'Map';
            const size = map ? mapSize(value) : setSize(value);
            const start = prefix(ctor, tag, map ? 'Map' : 'Set', `(${size})`);
            const keys = propertyKeys(value);
            if (size === 0 && keys.length === 0) return { text: `${start}{}` };
            return { braces: [`${start}{`, '}'], keys, list: (c, l) => (map ? mapItems : setItems)(c, value, l) };
        }
        const keys = propertyKeys(value);
        if (typeof value === 'function') return withBase(functionBase(value), keys);
        if (kind === 'RegExp' && isRegExp(value) && value !== RegExp.prototype) return withBase(regExpText(value), keys);
        if (kind === 'Date' && isDate(value)) {
            return withBase(Number.isNaN(dateTime(value)) ? 'Invalid Date' : dateIso(value), keys);
        }
        if (kind === 'Error' || value instanceof Error) return errorShape(ctx, value, keys);
        if ((kind === 'ArrayBuffer' && isArrayBuffer(value)) || (kind === 'SharedArrayBuffer' && isSharedArrayBuffer(value))) {
            const start = prefix(ctor, tag, kind);
            return { braces: [`${start}{`, '}'], keys, list: (c) => bufferItems(c, value, kind === 'SharedArrayBuffer') };
        }
        if (kind === 'DataView' && isDataView(value)) {
            const entries = ['byteLength', 'byteOffset', 'buffer'];
            return { braces: [`${prefix(ctor, tag, kind)}{`, '}'], keys, list: (c, l) => virtualItems(c, value, entries, l) };
        }
        if ((kind === 'WeakMap' && isWeakMap(value)) || (kind === 'WeakSet' && isWeakSet(value))) {
            return { text: `${prefix(ctor, tag, kind)}{ <items unknown> }` };
        }
        if (kind === 'Promise') return { text: `${prefix(ctor, tag, kind)}{ <unknown> }` };
        const unbox = BOXED.get(kind);
        if (unbox && brand(unbox)(value)) {
            const inner = unbox(value);
            const text = typeof inner === 'string' ? quote(inner) : formatPrimitive(inner);
            return withBase(`[${kind}: ${text}]`, kind === 'String' ? propertyKeys(value, false) : keys);
        }
        const open = ctor === 'Object' && !tag ? '{' : `${prefix(ctor, tag, 'Object')}{`;
        return keys.length === 0 ? { text: `${open}}` } : { braces: [open, '}'], keys };
    }

    function withBase(base, keys) {
        return keys.length === 0 ? { text: base } : { base, braces: ['{', '}'], keys };
    }

    function functionBase(fn) {
        const name = fn.name;
        const source = functionSource(fn);
        if (source.startsWith('class') && source.endsWith('}')) {
            const parent = getPrototypeOf(fn);
            const heritage = typeof parent === 'function' && parent.name ? ` extends ${parent.name}` : '';
            return `[class ${name || '(anonymous)'}${heritage}]`;
        }
        const type = objectTag(fn).slice(8, -1);
        const kind = type.endsWith('Function') ? type : 'Function';
        return name ? `[${kind}: ${name}]` : `[${kind} (anonymous)]`;
    }

    function errorShape(ctx, error, keys) {
        const stack = error.stack;
        let text = typeof stack === 'string' && stack ? stack : errorText(error);
        // Keys the stack shows already (a name or message set after construction) print once.
        keys = keys.filter((key) => !(['name', 'message', 'stack'].includes(key) && text.includes(String(error[key]))));
        if (hasOwn(error, 'cause') && !keys.includes('cause')) keys.push('cause');
        if (!/\n\s+at /.test(text)) text = `[${text}]`;
        if (ctx.indentationLvl) text = text.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
        return withBase(text, keys);
    }

    function formatProperty(ctx, object, key, level) {
        const desc = getOwnPropertyDescriptor(object, key) ?? { value: object[key], enumerable: true };
        let name;
        if (typeof key === 'symbol') name = `[${symbolText(key)}]`;
        else if (key === '__proto__') name = "['__proto__']";
        else if (!desc.enumerable) name = `[${key}]`;
        else name = IDENTIFIER.test(key) ? key : quote(key);
        return `${name}: ${formatDescribed(ctx, desc, level)}`;
    }

    function formatDescribed(ctx, desc, level) {
        if (desc.get) return desc.set ? '[Getter/Setter]' : '[Getter]';
        if (desc.set) return '[Setter]';
        return nested(ctx, desc.value, level);
    }

    function nested(ctx, value, level) {
        ctx.indentationLvl += 2;
        try {
            return formatValue(ctx, value, level);
        } finally {
            ctx.indentationLvl -= 2;
        }
    }

    function more(remaining, unit = 'item') {
        return remaining > 0 ? `... ${remaining} more ${unit}${remaining > 1 ? 's' : ''}` : '';
    }

    function arrayItems(ctx, array, level) {
        const items = [];
        const length = array.length;
        let indices;
        let index = 0;
        while (index < length && items.length < ctx.maxArrayLength) {
            const desc = getOwnPropertyDescriptor(array, index);
            if (desc) {
                items.push(formatDescribed(ctx, desc, level));
                index++;
                continue;
            }
            // Holes: find the next element from the keys, not by walking a huge sparse length.
            indices ??= ownKeys(array).filter((key) => INDEX.test(key)).map(Number);
            const next = indices.find((i) => i > index) ?? length;
            items.push(`<${next - index} empty item${next - index > 1 ? 's' : ''}>`);
            index = next;
        }
        return [items, more(length - index)];
    }

    function typedItems(ctx, array, length) {
        const shown = Math.min(length, ctx.maxArrayLength);
        const items = [];
        for (let i = 0; i < shown; i++) items.push(formatPrimitive(array[i]));
        return [items, more(length - shown)];
    }

    function mapItems(ctx, map, level) {
        const items = [];
        mapForEach(map, (value, key) => {
            if (items.length < ctx.maxArrayLength) items.push(`${nested(ctx, key, level)} => ${nested(ctx, value, level)}`);
        });
        return [items, more(mapSize(map) - items.length)];
    }

    function setItems(ctx, set, level) {
        const items = [];
        setForEach(set, (value) => {
            if (items.length < ctx.maxArrayLength) items.push(nested(ctx, value, level));
        });
        return [items, more(setSize(set) - items.length)];
    }

    function bufferItems(ctx, buffer, shared) {
        const length = shared ? sharedLength(buffer) : bufferLength(buffer);
        if (!shared && bufferDetached(buffer)) return [['(detached)', 'byteLength: 0'], ''];
        const bytes = new Uint8Array(buffer, 0, Math.min(length, ctx.maxArrayLength));
        let hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
        if (length > bytes.length) hex += ` ${more(length - bytes.length, 'byte')}`;
        return [[`[Uint8Contents]: <${hex}>`, `byteLength: ${length}`], ''];
    }

    function virtualItems(ctx, value, keys, level) {
        return [keys.map((key) => `${key}: ${nested(ctx, value[key], level)}`), ''];
    }

    // One line when it fits and holds at most `compact` levels; else one entry (or row) per line.
    function combine(ctx, items, trailer, base, braces, array, level) {
        let entries = items;
        if (array !== undefined && items.length + (trailer ? 1 : 0) > 6) entries = groupRows(ctx, items, array);
        if (trailer) entries = [...entries, trailer];
        const start = base ? `${base} ` : '';
        if (ctx.currentDepth - level < ctx.compact && entries.length === items.length + (trailer ? 1 : 0)) {
            const width = entries.reduce((sum, entry) => sum + entry.length, 0) + entries.length * 3
                + ctx.indentationLvl + braces[0].length + base.length + 10;
            if (width <= ctx.breakLength && !base.includes('\n')) {
                const joined = entries.join(', ');
                if (!joined.includes('\n')) return `${start}${braces[0]} ${joined} ${braces[1]}`;
            }
        }
        const indent = `\n${' '.repeat(ctx.indentationLvl)}`;
        return `${start}${braces[0]}${indent}  ${entries.join(`,${indent}  `)}${indent}${braces[1]}`;
    }

    // Many short array items print in aligned columns, numbers right-aligned, as Node does.
    function groupRows(ctx, items, array) {
        const lengths = items.map((item) => item.length);
        const longest = Math.max(...lengths) + 2;
        const total = lengths.reduce((sum, length) => sum + length + 2, 0);
        if (longest * 3 + ctx.indentationLvl >= ctx.breakLength || (total / longest <= 5 && longest > 8)) return items;
        const bias = Math.sqrt(longest - total / items.length);
        const cell = Math.max(longest - 3 - bias, 1);
        const columns = Math.min(Math.round(Math.sqrt(2.5 * cell * items.length) / cell),
            Math.floor((ctx.breakLength - ctx.indentationLvl) / longest), ctx.compact * 4, 15);
        if (columns <= 1) return items;
        const widths = [];
        for (let column = 0; column < columns; column++) {
            let width = 0;
            for (let i = column; i < items.length; i += columns) width = Math.max(width, lengths[i]);
            widths.push(width + 2);
        }
        let numeric = true;
        for (let i = 0; i < items.length && numeric; i++) numeric = typeof array[i] === 'number' || typeof array[i] === 'bigint';
        const rows = [];
        for (let i = 0; i < items.length; i += columns) {
            const end = Math.min(i + columns, items.length);
            let row = '';
            for (let j = i; j < end - 1; j++) {
                const cellText = `${items[j]}, `;
                row += numeric ? cellText.padStart(widths[j - i]) : cellText.padEnd(widths[j - i]);
            }
            row += numeric ? items[end - 1].padStart(widths[end - 1 - i] - 2) : items[end - 1];
            rows.push(row);
        }
        return rows;
    }

    return inspect;
})
