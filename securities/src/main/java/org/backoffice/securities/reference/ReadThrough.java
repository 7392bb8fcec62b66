package org.backoffice.securities.reference;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reference data kept once read: a row found is remembered, a key not found is asked again next
 * time, as it may have been added since.
 */
final class ReadThrough<K, V> {
    private final Map<K, V> found = new ConcurrentHashMap<>();
    private final Function<K, Optional<V>> load;

    ReadThrough(Function<K, Optional<V>> load) {
        this.load = load;
    }

    Optional<V> find(K key) {
        if (key == null) {
            return Optional.empty();
        }
        V cached = found.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<V> loaded = load.apply(key);
        loaded.ifPresent(value -> found.put(key, value));
        return loaded;
    }

    /** Reads the key again next time, after its row changed. */
    void forget(K key) {
        found.remove(key);
    }
}
