package dev.cleave.runtime.state;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Named collections of JSON documents, each an object whose {@code "id"} is its key.
 * Documents travel as JSON text; every write is atomic per document.
 */
public interface DocumentStore {
    /** Declares {@code collection} with indexes on {@code indexes} (field paths); safe to repeat. */
    void declare(String collection, List<String> indexes);

    /** Stores {@code json} under {@code id}; {@code false} when a document with that id exists (nothing written). */
    CompletableFuture<Boolean> insert(String collection, String id, String json);

    /** The document's JSON, or {@code null} when there is none. */
    CompletableFuture<String> get(String collection, String id);

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
     * {@code {"field": path, "op": "eq"|"ne"|"in"|"gt"|"gte"|"lt"|"lte"|"contains"|"startsWith", "value": v}};
     * every key but {@code where} is optional. Documents are ordered by the sort fields, then by id.
     */
    CompletableFuture<String> query(String collection, String query);
}
