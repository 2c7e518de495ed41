package dev.spc.io;

import java.util.Arrays;

/**
 * Ids (ints of 0 or more) for int keys that lie close together, such as the epoch days of a file's dates: an
 * array over the span of the keys seen, grown as they spread. No object per entry and no hashing: a million
 * daily dates cost 4 MB and a read in order of memory; dates from year 1 to 9999 (3.65 million days) at
 * most 15 MB.
 */
final class IntIds {
    /** The widest span of keys held (more than the days from year 1 to 9999). */
    static final int MAX_SPAN = 1 << 22;

    private int first;
    private int[] ids = new int[0];
    private int size;
    /** The least and greatest keys given. */
    private int min;
    private int max;

    /** The id of the key, or -1 when it has none. */
    int get(int key) {
        long i = (long) key - first;
        return i >= 0 && i < ids.length ? ids[(int) i] : -1;
    }

    /**
     * Gives a key (that has none yet) its id, of 0 or more.
     *
     * @throws IllegalArgumentException when the keys would span more than {@link #MAX_SPAN}
     */
    void put(int key, int id) {
        if (size == 0) {
            first = key;
            min = key;
            max = key;
            ids = new int[64];
            Arrays.fill(ids, -1);
        }
        long i = (long) key - first;
        if (i < 0 || i >= ids.length) {
            long lo = Math.min(min, key);
            long hi = Math.max(max, key);
            long span = hi - lo + 1;
            if (span > MAX_SPAN) {
                throw new IllegalArgumentException("keys span more than " + MAX_SPAN);
            }
            int length = (int) Math.min(MAX_SPAN, Math.max(span, 2L * ids.length));
            // Room to grow on the side the keys went.
            long start = key < first ? hi + 1 - length : lo;
            int[] grown = new int[length];
            Arrays.fill(grown, -1);
            System.arraycopy(ids, min - first, grown, (int) (min - start), max - min + 1);
            ids = grown;
            first = (int) start;
            i = (long) key - first;
        }
        ids[(int) i] = id;
        min = Math.min(min, key);
        max = Math.max(max, key);
        size++;
    }

    /** The number of keys. */
    int size() {
        return size;
    }
}
