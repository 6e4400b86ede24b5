extension RandomAccessCollection where Index == Int {
    /// The position of `key` in a collection sorted by `keyOf` that holds each key once, by binary search; nil when
    /// absent. What finding a person in a roster of 50,000 (or in a compact array of its keys) comes to.
    /// Inlinable, so that other modules get it specialized for their collection and key (a generic call per step
    /// would cost more than the search).
    @inlinable
    public func sortedPosition<Key: Comparable>(of key: Key, by keyOf: (Element) -> Key) -> Int? {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if keyOf(self[middle]) < key { low = middle + 1 } else { high = middle }
        }
        return low < endIndex && keyOf(self[low]) == key ? low : nil
    }
}
