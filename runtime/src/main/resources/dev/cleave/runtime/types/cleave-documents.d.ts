// Types of Cleave's built-in module 'cleave/documents' (docs/state/documents.md).
declare module 'cleave/documents' {
    /** A value that can be stored: plain objects, arrays, strings, finite numbers, booleans and null. */
    export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

    /** A stored document: a JSON object whose id is its key. */
    export type Document = { id: string } & { [key: string]: Json };

    type Scalar = string | number | boolean | null;

    /** A condition on one field (a dotted path for nested fields). */
    export type FieldCondition = Scalar | {
        $eq?: Scalar; $ne?: Scalar; $in?: Scalar[];
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
    }

    export interface CollectionOptions {
        /** Fields that queries filter or sort on; each becomes an index. */
        indexes?: string[];
    }

    export interface Collection<T extends Document = Document> {
        readonly name: string;
        /** Stores a new document (without an id it gets a random UUID); a taken id is a BadRequest. */
        insert(document: Omit<T, 'id'> & { id?: string }): Promise<T>;
        get(id: string): Promise<T | null>;
        /** Replaces the whole document; NotFound when there is none. */
        replace(document: T): Promise<T>;
        /** Sets top-level fields in one atomic step; NotFound when there is none. */
        update(id: string, fields: Partial<Omit<T, 'id'>>): Promise<T>;
        delete(id: string): Promise<boolean>;
        find(query?: Query): Promise<T[]>;
        findOne(query?: Omit<Query, 'limit'>): Promise<T | null>;
    }

    export function collection<T extends Document = Document>(name: string, options?: CollectionOptions): Collection<T>;
}
