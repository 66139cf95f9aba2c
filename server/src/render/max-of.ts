/** The largest `value(item)` (-Infinity for none): a loop, since `Math.max(...list)` overflows the stack on long lists. */
export function maxOf<T>(items: Iterable<T>, value: (item: T) => number): number {
    let most = -Infinity;
    for (const item of items) most = Math.max(most, value(item));
    return most;
}
