package dev.cleave.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SerialFilterTest {
    record Order(List<String> fields, Map<String, Long> counts, int[] partitions) implements Serializable {}

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(SerialFilter.PATTERN));
            return in.readObject();
        }
    }

    @Test
    void letsCleavesDataAndTheJdksCollectionsThrough() throws Exception {
        Order order = new Order(List.copyOf(List.of("a", "b")), Map.of("x", 1L), new int[] {1, 2});
        Order read = (Order) roundTrip(order);
        assertThat(read.fields()).isEqualTo(order.fields());
        assertThat(read.partitions()).containsExactly(1, 2);
        assertThat(roundTrip(new ArrayList<>(List.of(new String[] {"k", "v"})))).isInstanceOf(ArrayList.class);
    }

    @Test
    void refusesClassesOutsideTheListAndGraphsTooDeep() {
        assertThatThrownBy(() -> roundTrip(URI.create("http://example.com"))).isInstanceOf(InvalidClassException.class);
        List<Object> deep = new ArrayList<>();
        List<Object> at = deep;
        for (int i = 0; i < 40; i++) {
            List<Object> next = new ArrayList<>();
            at.add(next);
            at = next;
        }
        assertThatThrownBy(() -> roundTrip(deep)).isInstanceOf(InvalidClassException.class);
    }
}
