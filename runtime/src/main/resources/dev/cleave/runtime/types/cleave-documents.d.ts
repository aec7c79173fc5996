// Types of Cleave's built-in module 'cleave/documents' (docs/state/documents.md).
declare module 'cleave/documents' {
    /** A value that can be stored: plain objects, arrays, strings, finite numbers, booleans and null. */
    export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

    /** A stored document: a JSON object whose id is its key. */
    export type Document = { id: string } & { [key: string]: Json };

    type Scalar = string | number | boolean | null;

    /** A condition on one field (a dotted path for nested fields). */
    export type FieldCondition = Scalar | {
        $eq?: Scalar; $ne?: Scalar; $in?: Scalar[]; $nin?: Scalar[];
        $gt?: string | number; $gte?: string | number; $lt?: string | number; $lte?: string | number;
        $contains?: string | number | boolean; $startsWith?: string;
    };

    /** Field conditions that must all hold, with $and / $or for groups. */
    export type Where = { $and?: Where[]; $or?: Where[] } & { [field: string]: FieldCondition | Where[] | undefined };

    export interface Query {
        where?: Where;
        /** Fields and directions in order, e.g. { createdAt: 'desc' }; ties are ordered by id. */
        sort?: { [field: string]: 'asc' | 'desc' };
        /** 1 to 10 000. */
        limit?: number;
        offset?: number;
        /** The next cursor of a findPage with the same sort: start after the document it names. */
        after?: string | null;
        /** Cut each document to these fields (dotted paths) and its id. */
        fields?: string[];
    }

    /** A page of a query and the cursor of the following one (null when this page was not full). */
    export interface Page<T> {
        documents: T[];
        next: string | null;
    }

    export interface CacheOptions {
        /** Seconds a cached document may be kept (1 to 3600, default 5): the staleness bound. */
        maxAge?: number;
        /** At most this many documents cached on each node (default 10 000). */
        maxEntries?: number;
    }

    export interface CollectionOptions {
        /** Fields that queries filter or sort on; each becomes an index. */
        indexes?: string[];
        /** Keep documents read by id in a near cache on each node (read-mostly collections). */
        cache?: boolean | CacheOptions;
    }

    export interface Collection<T extends Document = Document> {
        readonly name: string;
        /** Stores a new document (without an id it gets a random UUID); a taken id is a BadRequest. */
        insert(document: Omit<T, 'id'> & { id?: string }): Promise<T>;
        get(id: string): Promise<T | null>;
        /** Up to 1000 documents in the order of ids, null for a missing one, in one round trip. */
        getMany(ids: string[], options?: { fields?: string[] }): Promise<(T | null)[]>;
        /** How many documents match. */
        count(where?: Where): Promise<number>;
        /** Replaces the whole document; NotFound when there is none. */
        replace(document: T): Promise<T>;
        /** Sets top-level fields in one atomic step; NotFound when there is none. */
        update(id: string, fields: Partial<Omit<T, 'id'>>): Promise<T>;
        delete(id: string): Promise<boolean>;
        find(query?: Query): Promise<T[]>;
        findOne(query?: Omit<Query, 'limit'>): Promise<T | null>;
        /** A page (limit is required) and the cursor to pass as after for the next one. */
        findPage(query: Query & { limit: number }): Promise<Page<T>>;
    }

    export function collection<T extends Document = Document>(name: string, options?: CollectionOptions): Collection<T>;
}
