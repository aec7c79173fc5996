package dev.cleave.node.state;

import java.util.concurrent.CompletableFuture;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import dev.cleave.runtime.state.Blob;
import dev.cleave.runtime.state.BlobStore;
import dev.cleave.runtime.state.StateInputException;

/** Blobs as entries of the map {@code cleave.blobs}; one over the limit is refused before anything is sent. */
final class HazelcastBlobs implements BlobStore {
    private final StateMaps maps;
    private final long limit;

    HazelcastBlobs(StateMaps maps, long limit) {
        this.maps = maps;
        this.limit = limit;
    }

    @Override
    public long limit() {
        return limit;
    }

    @Override
    public CompletableFuture<Void> put(String key, Blob blob) {
        if (blob.bytes().length > limit) {
            return CompletableFuture.failedFuture(new StateInputException("blob '" + key + "' is " + blob.bytes().length
                    + " bytes, over the limit of " + limit + " bytes (state.blobLimit in the service file)"));
        }
        return maps.blocking(hz -> {
            blobs(hz).set(key, blob);
            return null;
        });
    }

    @Override
    public CompletableFuture<Blob> get(String key) {
        return maps.blocking(hz -> blobs(hz).get(key));
    }

    @Override
    public CompletableFuture<Boolean> delete(String key) {
        return maps.blocking(hz -> blobs(hz).remove(key) != null);
    }

    private IMap<String, Blob> blobs(HazelcastInstance hz) {
        return maps.map(hz, StateMaps.BLOBS);
    }
}
