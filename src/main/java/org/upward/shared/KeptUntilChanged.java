package org.upward.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The latest value computed in each slot (a program, say), kept with the key it was computed under (such as the
 * program's {@link ChangeCounts} and the day) and given again only for an equal key. One entry per slot, so it
 * stays as small as the number of slots in use; past {@code most} entries it starts afresh.
 */
public final class KeptUntilChanged<S, V> {

    private record Entry<V>(Object key, V value) {}

    private final Map<S, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int most;

    public KeptUntilChanged(int most) {
        this.most = most;
    }

    /** The value kept in {@code slot} under an equal {@code key}, else {@code compute}'s, kept from now on. */
    public V get(S slot, Object key, Supplier<V> compute) {
        Entry<V> entry = entries.get(slot);
        if (entry != null && entry.key().equals(key)) {
            return entry.value();
        }
        V value = compute.get();
        if (entries.size() >= most) {
            entries.clear();
        }
        entries.put(slot, new Entry<>(key, value));
        return value;
    }
}
