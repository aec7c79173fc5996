package dev.cleave.runtime.state;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Named collections of JSON documents, each an object whose {@code "id"} is its key.
 * Documents travel as JSON text; every write is atomic per document.
 */
public interface DocumentStore {
    /** A near cache of a collection: entries live at most {@code maxAgeSeconds}, at most {@code maxEntries} of them. */
    record NearCache(int maxAgeSeconds, int maxEntries) {}

    /**
     * Declares {@code collection} with indexes on {@code indexes} (field paths); safe to repeat.
     * With {@code cache}, this node keeps documents it read in a near cache.
     */
    void declare(String collection, List<String> indexes, NearCache cache);

    /** Stores {@code json} under {@code id}; {@code false} when a document with that id exists (nothing written). */
    CompletableFuture<Boolean> insert(String collection, String id, String json);

    /** The document's JSON, or {@code null} when there is none. */
    CompletableFuture<String> get(String collection, String id);

    /**
     * The documents with these ids as a JSON array in their order, {@code null} for a missing one,
     * each cut to {@code fields} (and its id) unless {@code fields} is empty.
     */
    CompletableFuture<String> getMany(String collection, List<String> ids, List<String> fields);

    /** How many documents match {@code where} (a condition as in {@link #query}). */
    CompletableFuture<Long> count(String collection, String where);

    /** Replaces the whole document; {@code false} when there is none (nothing written). */
    CompletableFuture<Boolean> replace(String collection, String id, String json);

    /**
     * Sets the top-level fields of the JSON object {@code fields} on the document in one atomic
     * step; gives the updated document's JSON, or {@code null} when there is none.
     */
    CompletableFuture<String> update(String collection, String id, String fields);

    /** Removes the document; {@code false} when there was none. */
    CompletableFuture<Boolean> delete(String collection, String id);

    /**
     * The documents that match {@code query}, as a JSON array. The query is JSON:
     * {@code {"where": condition, "sort": [[field, "asc"|"desc"], ...], "limit": n, "offset": n}}
     * where a condition is {@code {"and": [...]}}, {@code {"or": [...]}} or
     * {@code {"field": path, "op": "eq"|"ne"|"in"|"nin"|"gt"|"gte"|"lt"|"lte"|"contains"|"startsWith", "value": v}};
     * every key but {@code where} is optional. Documents are ordered by the sort fields, then by id.
     * {@code "after": cursor} starts after the document a cursor names; {@code "fields": [...]}
     * cuts each document to those fields and its id; with {@code "page": true} the result is
     * {@code {"documents": [...], "next": cursor|null}}.
     */
    CompletableFuture<String> query(String collection, String query);
}
