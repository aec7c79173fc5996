package dev.cleave.node.state;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.hazelcast.cluster.Address;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.instance.impl.HazelcastInstanceImpl;
import com.hazelcast.instance.impl.HazelcastInstanceProxy;
import com.hazelcast.internal.partition.InternalPartitionService;
import com.hazelcast.map.impl.MapContainer;
import com.hazelcast.map.impl.MapService;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import com.hazelcast.query.Predicate;
import com.hazelcast.query.impl.AbstractIndex;
import com.hazelcast.query.impl.Comparison;
import com.hazelcast.query.impl.GlobalIndexPartitionTracker.PartitionStamp;
import com.hazelcast.query.impl.IndexKeyEntries;
import com.hazelcast.query.impl.IndexRegistry;
import com.hazelcast.query.impl.InternalIndex;
import com.hazelcast.query.impl.QueryContext;
import com.hazelcast.query.impl.QueryableEntry;
import com.hazelcast.spi.impl.NodeEngineImpl;

/**
 * One member's part of a top-k query: walks the member's sorted index of the first sort field
 * from its top (or from a cursor) and takes matching documents, whole groups of equal keys at a
 * time, until it has {@code wanted}. It touches about {@code wanted} entries when most match,
 * whatever the collection's size. The walk reads Hazelcast's own index of the partitions this
 * member owns (internal API, as Hazelcast SQL reads it) and answers {@code null}, so that the
 * caller falls back to a paging query, when the index is not complete (a migration) or changed
 * during the walk, or the walk grows past its budget (given when another index would find the
 * matches faster: without one, the paging query visits every entry anyway, and sorts them too).
 */
public final class DocumentTopK implements Callable<DocumentTopK.Candidates>, DataSerializable, HazelcastInstanceAware {
    /** Entries a walk may touch beyond {@code wanted} when another index serves the filter. */
    static final int BUDGET = 2_000;

    /** Matching entries as {@code [key, json]} in index order, and the partitions they cover. */
    record Candidates(int[] partitions, List<String[]> entries) implements Serializable {}

    private String map;
    private String field;
    private boolean descending;
    private Predicate<String, HazelcastJsonValue> predicate;
    private int wanted;
    private Comparable<?> from;
    private int budget;
    private transient HazelcastInstance hazelcast;

    /** For Hazelcast's deserialization. */
    public DocumentTopK() {}

    /**
     * @param from   the first sort value of a cursor to start at, or {@code null} to start at the top
     * @param budget entries the walk may touch beyond {@code wanted} before it answers {@code null}
     */
    DocumentTopK(String map, String field, boolean descending, Predicate<String, HazelcastJsonValue> predicate,
                 int wanted, Comparable<?> from, int budget) {
        this.map = map;
        this.field = field;
        this.descending = descending;
        this.predicate = predicate;
        this.wanted = wanted;
        this.from = from;
        this.budget = budget;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public Candidates call() {
        return collect(hazelcast);
    }

    /** Runs the walk on {@code member}, the instance of this JVM. */
    Candidates collect(HazelcastInstance member) {
        NodeEngineImpl engine = original(member).node.getNodeEngine();
        InternalPartitionService partitions = engine.getPartitionService();
        MapService service = engine.getService(MapService.SERVICE_NAME);
        MapContainer container = service.getMapServiceContext().getMapContainer(map);
        if (!container.shouldUseGlobalIndex()) {
            return null;
        }
        Address self = engine.getThisAddress();
        List<Integer> owned = partitions.getMemberPartitionsIfAssigned(self);
        if (owned == null) {
            return null;
        }
        IndexRegistry registry = container.getGlobalIndexRegistry();
        InternalIndex index = registry.matchIndex(field, QueryContext.IndexMatchHint.PREFER_ORDERED, owned.size());
        if (index == null || !index.isOrdered() || index.getComponents().length != 1) {
            return null;
        }
        PartitionStamp stamp = index.getPartitionStamp();
        if (stamp == null || stamp.partitions.size() != owned.size()
                || !stamp.partitions.containsAll(owned)) {
            return null;
        }
        List<String[]> found = walk(index);
        if (found == null || !index.validatePartitionStamp(stamp.stamp)) {
            return null;
        }
        return new Candidates(owned.stream().mapToInt(Integer::intValue).toArray(), found);
    }

    private List<String[]> walk(InternalIndex index) {
        Comparable<?> start = from == null ? null : index.canonicalizeQueryArgumentScalar(from);
        Iterator<IndexKeyEntries> groups = start == null ? index.getSqlRecordIteratorBatch(descending)
                : index.getSqlRecordIteratorBatch(descending ? Comparison.LESS_OR_EQUAL : Comparison.GREATER_OR_EQUAL,
                        start, descending);
        List<String[]> found = new ArrayList<>();
        int touched = 0;
        boolean nulls = false;
        while (groups.hasNext() && found.size() < wanted) {
            IndexKeyEntries group = groups.next();
            nulls |= group.getIndexKey() == AbstractIndex.NULL;
            touched += take(group.getEntries(), found);
            if (touched - wanted > budget) {
                return null;
            }
        }
        if (start != null && descending && !nulls && found.size() < wanted) { // a range walk leaves out missing values, which order last
            take(index.getRecords(AbstractIndex.NULL).iterator(), found);
        }
        return found;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int take(Iterator<QueryableEntry> entries, List<String[]> found) {
        int touched = 0;
        while (entries.hasNext()) {
            QueryableEntry entry = entries.next();
            touched++;
            if (predicate.apply((Map.Entry) entry)) {
                found.add(new String[] {(String) entry.getKey(), ((HazelcastJsonValue) entry.getValue()).getValue()});
            }
        }
        return touched;
    }

    private static HazelcastInstanceImpl original(HazelcastInstance instance) {
        return instance instanceof HazelcastInstanceProxy proxy ? proxy.getOriginal() : (HazelcastInstanceImpl) instance;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeString(map);
        out.writeString(field);
        out.writeBoolean(descending);
        out.writeObject(predicate);
        out.writeInt(wanted);
        out.writeObject(from);
        out.writeInt(budget);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        map = in.readString();
        field = in.readString();
        descending = in.readBoolean();
        predicate = in.readObject();
        wanted = in.readInt();
        from = in.readObject();
        budget = in.readInt();
    }
}
