/**
 * The language needs Node 22 (Chevrotain calls Object.groupBy). The CLI may be run
 * by a system Node 20, so it supplies that one standard function when it is absent.
 */
const objectWithGroupBy = Object as unknown as { groupBy?: unknown };
if (typeof objectWithGroupBy.groupBy !== 'function') {
    objectWithGroupBy.groupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => {
        const groups = Object.create(null) as Record<PropertyKey, T[]>;
        let index = 0;
        for (const item of items) (groups[key(item, index++)] ??= []).push(item);
        return groups;
    };
}
