// 'cleave/documents': named collections of JSON documents with an id, shared by every loop and
// node of the app, queried by field through indexes the app declares.
import { BadRequest, NotFound } from './errors.mjs';
import { host, run, attempt, batched, checkKey, toJson, describe } from './state.mjs';

const MODULE = 'cleave/documents';
const NAME = /^[A-Za-z0-9_-]{1,100}$/;
const FIELD = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
const COLLECTION_OPTIONS = ['indexes', 'cache'];
const CACHE_OPTIONS = ['maxAge', 'maxEntries'];
const QUERY_KEYS = ['where', 'sort', 'limit', 'offset', 'after', 'fields'];
const OPERATORS = {
    $eq: 'eq', $ne: 'ne', $in: 'in', $nin: 'nin', $gt: 'gt', $gte: 'gte', $lt: 'lt', $lte: 'lte',
    $contains: 'contains', $startsWith: 'startsWith',
};
const MAX_LIMIT = 10_000;
const MAX_IDS = 1_000;
const MAX_FIELDS = 100;
const MAX_CURSOR = 2_048;
const parse = json => json === null || json === undefined ? null : JSON.parse(json);
// gets of one loop turn travel together, as one getMany per collection
const getInTurn = batched(name => `get from '${name}'`,
    (name, id) => host(MODULE).get(name, id).then(parse),
    (name, ids) => host(MODULE).getMany(name, JSON.stringify(ids), '[]').then(parse));

/**
 * The collection with this name. options.indexes lists the fields (dotted paths for nested fields)
 * that queries filter or sort on; each becomes an index in the store. options.cache (true or
 * { maxAge: seconds, maxEntries }) keeps documents this node read in a near cache.
 */
export function collection(name, options = {}) {
    if (typeof name !== 'string' || !NAME.test(name)) {
        throw new BadRequest(`${MODULE}: a collection name is 1 to 100 letters, digits, '_' or '-', got ${describe(name)}`);
    }
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
        throw new BadRequest(`${MODULE}: the options of collection '${name}' must be an object`);
    }
    const unknown = Object.keys(options).filter(key => !COLLECTION_OPTIONS.includes(key));
    if (unknown.length) {
        throw new BadRequest(`${MODULE}: unknown option '${unknown[0]}' of collection '${name}' — known options: `
            + COLLECTION_OPTIONS.join(', '));
    }
    const indexes = options.indexes ?? [];
    if (!Array.isArray(indexes)) throw new BadRequest(`${MODULE}: indexes of collection '${name}' must be an array of field names`);
    indexes.forEach(field => checkField(field, `index of collection '${name}'`));
    const cache = cacheOf(options.cache, name);
    host(MODULE).declare(name, indexes.join(','), cache.maxAge, cache.maxEntries);
    return new Collection(name);
}

class Collection {
    #name;

    constructor(name) {
        this.#name = name;
    }

    get name() {
        return this.#name;
    }

    /** Stores a new document and returns it; without an id it gets a random UUID. A taken id is a BadRequest. */
    async insert(document) {
        checkDocument(document, this.#name);
        const stored = document.id === undefined ? { id: crypto.randomUUID(), ...document } : document;
        const id = checkKey(stored.id, `${MODULE}: the id of a document of '${this.#name}'`);
        const json = toJson(stored, 'document');
        const inserted = await run(() => `insert into '${this.#name}'`, () => host(MODULE).insert(this.#name, id, json));
        if (!inserted) throw new BadRequest(`${MODULE}: '${this.#name}' already has a document with id '${id}'`);
        return JSON.parse(json);
    }

    /** The document with this id, or null. Gets asked for in the same loop turn are read together. */
    get(id) {
        return attempt(() => getInTurn(this.#name, checkKey(id, `${MODULE}: the id`)));
    }

    /** The documents with these ids, in their order, null for a missing one; one round trip. */
    async getMany(ids, options = {}) {
        if (!Array.isArray(ids) || ids.length > MAX_IDS) {
            throw new BadRequest(`${MODULE}: getMany of '${this.#name}' takes an array of at most ${MAX_IDS} ids, got ${describe(ids)}`);
        }
        ids.forEach(id => checkKey(id, `${MODULE}: an id of getMany`));
        const fields = fieldsOf(optionsOf(options, ['fields'], `getMany of '${this.#name}'`).fields);
        if (ids.length === 0) return [];
        const json = await run(() => `getMany from '${this.#name}'`,
            () => host(MODULE).getMany(this.#name, JSON.stringify(ids), JSON.stringify(fields ?? [])));
        return JSON.parse(json);
    }

    /** How many documents match where. */
    async count(where = {}) {
        const json = JSON.stringify(condition(where, 'where'));
        return run(() => `count of '${this.#name}'`, () => host(MODULE).count(this.#name, json));
    }

    /** Replaces the whole document with document.id; NotFound when there is none. */
    async replace(document) {
        checkDocument(document, this.#name);
        const id = checkKey(document.id, `${MODULE}: the id of a replacement in '${this.#name}'`);
        const json = toJson(document, 'document');
        const replaced = await run(() => `replace in '${this.#name}'`, () => host(MODULE).replace(this.#name, id, json));
        if (!replaced) throw new NotFound(`${MODULE}: '${this.#name}' has no document with id '${id}'`);
        return JSON.parse(json);
    }

    /** Sets the given top-level fields in one atomic step and returns the updated document; NotFound when there is none. */
    async update(id, fields) {
        checkKey(id, `${MODULE}: the id`);
        if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
            throw new BadRequest(`${MODULE}: the fields to update must be an object, got ${describe(fields)}`);
        }
        if ('id' in fields && fields.id !== id) throw new BadRequest(`${MODULE}: update cannot change a document's id`);
        const json = toJson(fields, 'fields');
        const updated = await run(() => `update in '${this.#name}'`, () => host(MODULE).update(this.#name, id, json));
        if (updated === null || updated === undefined) throw new NotFound(`${MODULE}: '${this.#name}' has no document with id '${id}'`);
        return JSON.parse(updated);
    }

    /** Removes the document; false when there was none. */
    async delete(id) {
        checkKey(id, `${MODULE}: the id`);
        return run(() => `delete from '${this.#name}'`, () => host(MODULE).delete(this.#name, id));
    }

    /**
     * The documents that match query.where, ordered by query.sort (then by id), from query.offset,
     * at most query.limit of them. See docs/state/documents.md for the operators.
     */
    find(query = {}) {
        return attempt(() => this.#query(normalizeQuery(query, this.#name)));
    }

    /**
     * A page of find: { documents, next }, where next is the cursor to pass as query.after for the
     * following page, or null when this page had fewer than query.limit documents.
     */
    findPage(query = {}) {
        return attempt(() => {
            const normalized = normalizeQuery(query, this.#name);
            if (normalized.limit === undefined) throw new BadRequest(`${MODULE}: findPage of '${this.#name}' needs a limit`);
            return this.#query({ ...normalized, page: true });
        });
    }

    /** Runs a normalized query and parses its answer. */
    #query(normalized) {
        const json = JSON.stringify(normalized);
        return run(() => `query of '${this.#name}'`, () => host(MODULE).query(this.#name, json)).then(parse);
    }

    /** The first document that matches, or null. */
    async findOne(query = {}) {
        const [first] = await this.find({ ...query, limit: 1 });
        return first ?? null;
    }
}

function checkDocument(document, name) {
    if (document === null || typeof document !== 'object' || Array.isArray(document)) {
        throw new BadRequest(`${MODULE}: a document of '${name}' must be an object, got ${describe(document)}`);
    }
}

function checkField(field, what) {
    if (typeof field !== 'string' || !FIELD.test(field)) {
        throw new BadRequest(`${MODULE}: ${what}: ${describe(field)} is not a field name (letters, digits, '_', '$', dots between parts)`);
    }
    return field;
}

function normalizeQuery(query, name) {
    if (query === null || typeof query !== 'object' || Array.isArray(query)) {
        throw new BadRequest(`${MODULE}: a query of '${name}' must be an object with where, sort, limit, offset`);
    }
    const unknown = Object.keys(query).filter(key => !QUERY_KEYS.includes(key));
    if (unknown.length) throw new BadRequest(`${MODULE}: unknown query key '${unknown[0]}' — known keys: ${QUERY_KEYS.join(', ')}`);
    const normalized = { where: condition(query.where ?? {}, 'where') };
    if (query.sort !== undefined) normalized.sort = sortOf(query.sort);
    if (query.limit !== undefined) normalized.limit = whole(query.limit, 'limit', 1, MAX_LIMIT);
    if (query.offset !== undefined) normalized.offset = whole(query.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
    if (query.after !== undefined && query.after !== null) {
        if (typeof query.after !== 'string' || query.after.length === 0 || query.after.length > MAX_CURSOR) {
            throw new BadRequest(`${MODULE}: after must be a cursor that findPage gave (next), got ${describe(query.after)}`);
        }
        normalized.after = query.after;
    }
    const fields = fieldsOf(query.fields);
    if (fields) normalized.fields = fields;
    return normalized;
}

function optionsOf(options, known, what) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
        throw new BadRequest(`${MODULE}: the options of ${what} must be an object`);
    }
    const unknown = Object.keys(options).filter(key => !known.includes(key));
    if (unknown.length) throw new BadRequest(`${MODULE}: unknown option '${unknown[0]}' of ${what} — known options: ${known.join(', ')}`);
    return options;
}

function fieldsOf(fields) {
    if (fields === undefined) return undefined;
    if (!Array.isArray(fields) || fields.length === 0 || fields.length > MAX_FIELDS) {
        throw new BadRequest(`${MODULE}: fields must be a non-empty array of at most ${MAX_FIELDS} field names, got ${describe(fields)}`);
    }
    return fields.map(field => checkField(field, 'fields'));
}

function cacheOf(cache, name) {
    if (cache === undefined || cache === false) return { maxAge: 0, maxEntries: 0 };
    const options = cache === true ? {} : optionsOf(cache, CACHE_OPTIONS, `the cache of collection '${name}'`);
    return {
        maxAge: whole(options.maxAge ?? 5, `cache.maxAge of collection '${name}' (seconds)`, 1, 3600),
        maxEntries: whole(options.maxEntries ?? 10_000, `cache.maxEntries of collection '${name}'`, 1, 1_000_000),
    };
}

function condition(where, path) {
    if (where === null || typeof where !== 'object' || Array.isArray(where)) {
        throw new BadRequest(`${MODULE}: ${path} must be an object of field conditions, got ${describe(where)}`);
    }
    const parts = [];
    for (const [key, value] of Object.entries(where)) {
        if (key === '$and' || key === '$or') {
            if (!Array.isArray(value) || value.length === 0) {
                throw new BadRequest(`${MODULE}: ${path}.${key} must be a non-empty array of conditions`);
            }
            parts.push({ [key.slice(1)]: value.map((item, i) => condition(item, `${path}.${key}[${i}]`)) });
        } else if (key.startsWith('$')) {
            throw new BadRequest(`${MODULE}: unknown operator '${key}' at ${path} — use $and or $or here, `
                + `or an operator inside a field: { field: { $gte: 1 } }`);
        } else {
            checkField(key, path);
            if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
                const operators = Object.entries(value);
                if (!operators.length) throw new BadRequest(`${MODULE}: ${path}.${key} has no operator`);
                for (const [operator, operand] of operators) {
                    const op = OPERATORS[operator];
                    if (!op) {
                        throw new BadRequest(`${MODULE}: unknown operator '${operator}' at ${path}.${key} — known operators: `
                            + Object.keys(OPERATORS).join(', '));
                    }
                    parts.push({ field: key, op, value: operandOf(op, operand, `${path}.${key}.${operator}`) });
                }
            } else {
                parts.push({ field: key, op: 'eq', value: operandOf('eq', value, `${path}.${key}`) });
            }
        }
    }
    return parts.length === 1 ? parts[0] : { and: parts };
}

function operandOf(op, value, path) {
    const scalar = item => item === null || typeof item === 'string' || typeof item === 'boolean'
        || (typeof item === 'number' && Number.isFinite(item));
    const list = item => Array.isArray(item) && item.length > 0 && item.length <= MAX_LIMIT && item.every(scalar);
    const ok = {
        eq: scalar, ne: scalar, in: list, nin: list,
        gt: comparable, gte: comparable, lt: comparable, lte: comparable,
        contains: item => item !== null && scalar(item),
        startsWith: item => typeof item === 'string',
    }[op](value);
    if (!ok) {
        const aList = `a non-empty array of at most ${MAX_LIMIT} strings, numbers, booleans or null`;
        const wanted = {
            eq: 'a string, number, boolean or null', ne: 'a string, number, boolean or null',
            in: aList, nin: aList, contains: 'a string, number or boolean',
            startsWith: 'a string',
        }[op] ?? 'a string or a number';
        throw new BadRequest(`${MODULE}: ${path} must be ${wanted}, got ${describe(value)}`);
    }
    return value;
}

function comparable(value) {
    return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function sortOf(sort) {
    if (sort === null || typeof sort !== 'object' || Array.isArray(sort) || Object.keys(sort).length === 0) {
        throw new BadRequest(`${MODULE}: sort must be an object of fields and directions, e.g. { createdAt: 'desc' }`);
    }
    return Object.entries(sort).map(([field, direction]) => {
        checkField(field, 'sort');
        if (direction !== 'asc' && direction !== 'desc') {
            throw new BadRequest(`${MODULE}: sort.${field} must be 'asc' or 'desc', got ${describe(direction)}`);
        }
        return [field, direction];
    });
}

function whole(value, name, min, max) {
    if (!Number.isSafeInteger(value) || value < min || value > max) {
        throw new BadRequest(`${MODULE}: ${name} must be a whole number from ${min} to ${max}, got ${describe(value)}`);
    }
    return value;
}
