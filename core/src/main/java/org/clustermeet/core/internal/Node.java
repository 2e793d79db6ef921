package org.clustermeet.core.internal;

/**
 * A node of {@link PersistentSortedMap}'s tree: a {@link Leaf} holding entries, or a {@link Branch}
 * holding nodes. Every node but the root holds between {@link #MIN} and {@link #MAX} entries or
 * children, and every leaf is at the same depth, so a map of n entries is at most about
 * log<sub>16</sub>(n) levels deep. Nodes are immutable: a change copies the path from the root to
 * the changed leaf and shares the rest.
 */
abstract sealed class Node permits Leaf, Branch {

    /** The most entries of a leaf, or children of a branch: a leaf of 32 fills about five cache lines. */
    static final int MAX = 32;
    /** The fewest entries or children of a node other than the root. */
    static final int MIN = MAX / 2;

    /** {@return the entries in this node and below it} */
    abstract int size();

    /** {@return the entries of a leaf, or the children of a branch} */
    abstract int width();

    /** {@return the least key in this node and below it} */
    abstract Object firstKey();

    /** {@return the value of the key, or null} */
    abstract Object get(Comparable<Object> key);

    /** {@return the number of keys below the key in this node and below it} */
    abstract int rank(Comparable<Object> key);

    /** {@return the value at a position in key order, in this node and below it} */
    abstract Object valueAt(int index);

    /**
     * Returns this node with the key set to the value: this node itself when it already holds this
     * very value, else a new node that may hold one entry or child more than {@link #MAX}, which
     * the caller splits.
     */
    abstract Node put(Comparable<Object> key, Object value);

    /**
     * Returns this node without the key: this node itself when the key is absent, else a new node
     * that may hold one entry or child fewer than {@link #MIN}, which the caller mends.
     */
    abstract Node remove(Comparable<Object> key);

    /** {@return the first half of this too-wide node} */
    abstract Node firstHalf();

    /** {@return the second half of this too-wide node} */
    abstract Node secondHalf();

    /**
     * Joins this node with its right-hand neighbour of the same kind and depth.
     *
     * @param right the neighbour, whose keys all follow this node's
     * @return one node holding both; wider than {@link #MAX} when they do not fit in one
     */
    abstract Node join(Node right);

    /**
     * Checks order, sizes and widths below this node; for tests.
     *
     * @param low  every key must be above this, or null
     * @param high every key must be below this, or null
     * @param root whether this node is the root, which may be narrower than {@link #MIN}
     * @return the depth below this node (1 for a leaf), or -1 if anything is wrong
     */
    abstract int check(Comparable<Object> low, Comparable<Object> high, boolean root);

    /** Whether a node's width is allowed. */
    static boolean widthAllowed(int width, boolean root) {
        return width <= MAX && (root ? width >= 1 : width >= MIN);
    }

    /** Whether a key lies strictly between two bounds, either of which may be null. */
    static boolean between(Comparable<Object> key, Comparable<Object> low, Comparable<Object> high) {
        return (low == null || key.compareTo(low) > 0) && (high == null || key.compareTo(high) < 0);
    }
}
