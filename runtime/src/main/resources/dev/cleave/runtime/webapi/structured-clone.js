// structuredClone (HTML structured clone) in one pass over the value graph. An ArrayBuffer named in
// `transfer` gets a fresh buffer during the copy; only once the whole graph is copied do its bytes
// move there and the original detach, so a clone that fails leaves its input untouched.
(function () {
    'use strict';

    // Constructors as they were before application code ran.
    const { DOMException, Array, Map, Set, Date, RegExp, ArrayBuffer, DataView, Uint8Array, Object, Error, TypeError } = globalThis;
    const { getPrototypeOf, getOwnPropertyDescriptor, defineProperty, keys: ownKeys, hasOwn } = Object;
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
    const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
    const typedArray = {
        name: getter(TypedArrayPrototype, Symbol.toStringTag), buffer: getter(TypedArrayPrototype, 'buffer'),
        byteOffset: getter(TypedArrayPrototype, 'byteOffset'), length: getter(TypedArrayPrototype, 'length')
    };
    const dataView = {
        buffer: getter(DataView.prototype, 'buffer'), byteOffset: getter(DataView.prototype, 'byteOffset'),
        byteLength: getter(DataView.prototype, 'byteLength')
    };
    const buffer = {
        byteLength: getter(ArrayBuffer.prototype, 'byteLength'),
        resizable: getter(ArrayBuffer.prototype, 'resizable'),
        maxByteLength: getter(ArrayBuffer.prototype, 'maxByteLength'),
        detached: getter(ArrayBuffer.prototype, 'detached'),
        resize: uncurry(ArrayBuffer.prototype.resize)
    };
    const transferBuffer = typeof ArrayBuffer.prototype.transfer === 'function' ? uncurry(ArrayBuffer.prototype.transfer) : null;
    const copyBytes = uncurry(TypedArrayPrototype.set);
    const symbolText = uncurry(Symbol.prototype.toString);
    const mapForEach = uncurry(Map.prototype.forEach);
    const mapSet = uncurry(Map.prototype.set);
    const setForEach = uncurry(Set.prototype.forEach);
    const setAdd = uncurry(Set.prototype.add);
    const unbox = {
        Boolean: uncurry(Boolean.prototype.valueOf), Number: uncurry(Number.prototype.valueOf),
        String: uncurry(String.prototype.valueOf), BigInt: uncurry(BigInt.prototype.valueOf), Symbol: uncurry(Symbol.prototype.valueOf)
    };
    const isBrand = {
        Date: brand(uncurry(Date.prototype.getTime)), RegExp: brand(getter(RegExp.prototype, 'source')),
        ArrayBuffer: brand(buffer.byteLength), DataView: brand(dataView.buffer),
        Map: brand(getter(Map.prototype, 'size')), Set: brand(getter(Set.prototype, 'size'))
    };
    const regExp = { source: getter(RegExp.prototype, 'source'), flags: getter(RegExp.prototype, 'flags') };
    const dateTime = uncurry(Date.prototype.getTime);
    const TYPED_ARRAYS = new Map(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
        'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']
        .filter((name) => typeof globalThis[name] === 'function').map((name) => [name, globalThis[name]]));
    const ERRORS = new Map([Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map((t) => [t.name, t]));

    // Kinds by the built-in prototype an object inherits from: a prototype walk, with no property
    // read the value could observe. Objects with internal state that cannot be copied are named.
    const KINDS = new Map([[Object.prototype, 'Object'], [Array.prototype, 'Object'], [DOMException.prototype, 'DOMException'],
        [Error.prototype, 'Error'], [Boolean.prototype, 'Boolean'], [Number.prototype, 'Number'], [String.prototype, 'String'],
        [BigInt.prototype, 'BigInt'], [Symbol.prototype, 'Symbol'], [Date.prototype, 'Date'], [RegExp.prototype, 'RegExp'],
        [ArrayBuffer.prototype, 'ArrayBuffer'], [DataView.prototype, 'DataView'], [Map.prototype, 'Map'], [Set.prototype, 'Set'],
        [WeakMap.prototype, 'WeakMap'], [WeakSet.prototype, 'WeakSet'], [Promise.prototype, 'Promise']]);
    const optional = [['SharedArrayBuffer', () => SharedArrayBuffer.prototype], ['WeakRef', () => WeakRef.prototype],
        ['FinalizationRegistry', () => FinalizationRegistry.prototype],
        ['Generator', () => getPrototypeOf(function* () {}).prototype], ['AsyncGenerator', () => getPrototypeOf(async function* () {}).prototype],
        ['Iterator', () => getPrototypeOf(new Map().entries())], ['Iterator', () => getPrototypeOf(new Set().values())],
        ['Iterator', () => getPrototypeOf([].values())], ['Iterator', () => getPrototypeOf(''[Symbol.iterator]())],
        ['Iterator', () => getPrototypeOf(/a/[Symbol.matchAll](''))], ['Iterator', () => getPrototypeOf([].values().map((x) => x))]];
    for (const [kind, prototypeOf] of optional) {
        try {
            KINDS.set(prototypeOf(), kind);
        } catch {
            // this engine lacks the type
        }
    }

    function kindOf(value) {
        for (let proto = getPrototypeOf(value); proto !== null; proto = getPrototypeOf(proto)) {
            const kind = KINDS.get(proto);
            if (kind !== undefined) return kind;
        }
        return 'Object';
    }

    function dataCloneError(message) {
        return new DOMException(`structuredClone: ${message}`, 'DataCloneError');
    }

    function uncloneable(what) {
        return dataCloneError(`${what} could not be cloned`);
    }

    function remember(memory, value, clone) {
        memory.set(value, clone);
        return clone;
    }

    function copy(value, memory) {
        if (typeof value === 'function') throw uncloneable(`function ${value.name || '(anonymous)'}`);
        if (typeof value === 'symbol') throw uncloneable(symbolText(value));
        if (typeof value !== 'object' || value === null) return value;
        const known = memory.get(value);
        if (known !== undefined) return known;
        let isArray;
        try {
            isArray = Array.isArray(value);
        } catch {
            throw uncloneable('a revoked Proxy');
        }
        if (isArray) return copyProperties(value, remember(memory, value, new Array(value.length)), memory);
        const typed = typedArray.name(value);
        if (typed !== undefined) {
            const Type = TYPED_ARRAYS.get(typed);
            const clonedBuffer = copy(typedArray.buffer(value), memory);
            return remember(memory, value, new Type(clonedBuffer, typedArray.byteOffset(value), typedArray.length(value)));
        }
        const kind = kindOf(value);
        switch (kind) {
            case 'Object': break;
            case 'Boolean': case 'Number': case 'String': case 'BigInt': case 'Symbol': {
                if (!brand(unbox[kind])(value)) break;
                if (kind === 'Symbol') throw uncloneable('a Symbol object');
                return remember(memory, value, Object(unbox[kind](value)));
            }
            case 'Date':
                if (isBrand.Date(value)) return remember(memory, value, new Date(dateTime(value)));
                break;
            case 'RegExp':
                if (isBrand.RegExp(value)) return remember(memory, value, new RegExp(regExp.source(value), regExp.flags(value)));
                break;
            case 'ArrayBuffer':
                if (isBrand.ArrayBuffer(value)) return remember(memory, value, copyBuffer(value));
                break;
            case 'DataView':
                if (!isBrand.DataView(value)) break;
                return remember(memory, value, new DataView(copy(dataView.buffer(value), memory), dataView.byteOffset(value),
                    dataView.byteLength(value)));
            case 'Map':
                if (isBrand.Map(value)) return copyMap(value, memory);
                break;
            case 'Set':
                if (isBrand.Set(value)) return copySet(value, memory);
                break;
            case 'Error': case 'DOMException':
                return copyError(value, kind, memory);
            default:
                throw uncloneable(`a ${kind}`);
        }
        return copyProperties(value, remember(memory, value, {}), memory);
    }

    // Own enumerable string keys, each read once; a key an earlier getter deleted is skipped.
    function copyProperties(source, target, memory) {
        for (const key of ownKeys(source)) {
            if (!hasOwn(source, key)) continue;
            defineProperty(target, key, { value: copy(source[key], memory), writable: true, enumerable: true, configurable: true });
        }
        return target;
    }

    function freshBuffer(value) {
        const length = buffer.byteLength(value);
        return buffer.resizable(value) ? new ArrayBuffer(length, { maxByteLength: buffer.maxByteLength(value) }) : new ArrayBuffer(length);
    }

    function copyBuffer(value) {
        if (buffer.detached(value)) throw uncloneable('a detached ArrayBuffer');
        const clone = freshBuffer(value);
        copyBytes(new Uint8Array(clone), new Uint8Array(value));
        return clone;
    }

    function copyMap(value, memory) {
        const clone = remember(memory, value, new Map());
        const entries = [];
        mapForEach(value, (item, key) => entries.push(key, item));
        for (let i = 0; i < entries.length; i += 2) mapSet(clone, copy(entries[i], memory), copy(entries[i + 1], memory));
        return clone;
    }

    function copySet(value, memory) {
        const clone = remember(memory, value, new Set());
        const items = [];
        setForEach(value, (item) => items.push(item));
        for (const item of items) setAdd(clone, copy(item, memory));
        return clone;
    }

    function copyError(value, kind, memory) {
        const name = value.name;
        const messageDesc = getOwnPropertyDescriptor(value, 'message');
        const message = messageDesc && hasOwn(messageDesc, 'value') ? String(messageDesc.value) : undefined;
        let clone;
        if (kind === 'DOMException') {
            clone = new DOMException(message ?? '', String(name));
        } else {
            const Type = ERRORS.get(name) ?? Error;
            clone = message === undefined ? new Type() : new Type(message);
        }
        remember(memory, value, clone);
        const stack = value.stack;
        const hidden = (v) => ({ value: v, writable: true, enumerable: false, configurable: true });
        if (typeof stack === 'string') defineProperty(clone, 'stack', hidden(stack));
        if (hasOwn(value, 'cause')) defineProperty(clone, 'cause', hidden(copy(value.cause, memory)));
        return clone;
    }

    // The buffers to transfer, each with the fresh buffer that will receive its bytes.
    function transferTargets(options) {
        const targets = new Map();
        if (options === undefined || options === null) return targets;
        if (typeof options !== 'object' && typeof options !== 'function') {
            throw new TypeError('structuredClone: options must be an object such as { transfer: [buffer] }');
        }
        if (options.transfer === undefined) return targets;
        for (const item of options.transfer) {
            if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
                throw new TypeError('structuredClone: transfer must list objects');
            }
            if (!isBrand.ArrayBuffer(item)) throw dataCloneError('transfer lists a value that is not an ArrayBuffer');
            if (targets.has(item)) throw dataCloneError('transfer lists an ArrayBuffer twice');
            if (buffer.detached(item)) throw dataCloneError('transfer lists a detached ArrayBuffer');
            if (transferBuffer === null) throw dataCloneError('this engine has no ArrayBuffer.prototype.transfer to detach buffers');
            targets.set(item, freshBuffer(item));
        }
        return targets;
    }

    function completeTransfers(targets) {
        for (const original of targets.keys()) {
            if (buffer.detached(original)) throw dataCloneError('an ArrayBuffer in transfer was detached while cloning');
        }
        for (const [original, target] of targets) {
            const length = buffer.byteLength(original);
            // Only a resizable buffer can change length meanwhile, and then its target is resizable too.
            if (length !== buffer.byteLength(target)) buffer.resize(target, length);
            copyBytes(new Uint8Array(target), new Uint8Array(original));
            transferBuffer(original, 0);
        }
    }

    function structuredClone(value, options = undefined) {
        if (arguments.length === 0) throw new TypeError('structuredClone: 1 argument required, but only 0 present');
        const targets = transferTargets(options);
        const clone = copy(value, new Map(targets));
        completeTransfers(targets);
        return clone;
    }

    defineProperty(globalThis, 'structuredClone', { value: structuredClone, writable: true, configurable: true, enumerable: false });
})
