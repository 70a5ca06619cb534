/**
 * A service built on first use, behind a stand-in that forwards to it (`instanceof`
 * included, from `prototype` until it is built). Langium's dependency injection builds a service when another is built that
 * keeps it: the completion provider and the formatter keep the lexer and the completion
 * parser, and `initialize` builds them all, so the parsers (~80 ms) were built before the
 * server could answer. The server builds them right after (calc-language-server.ts).
 */
export function lazily<T extends object>(create: () => T, prototype: object): T {
    let instance: T | undefined;
    const target = (): T => (instance ??= create());
    return new Proxy({} as T, {
        get(_, key) {
            // Langium's eagerLoad asks every service for its DI marker (a symbol): not a use.
            if (typeof key === 'symbol' && instance === undefined) return undefined;
            const service = target();
            const value = Reflect.get(service, key, service) as unknown;
            return typeof value === 'function' ? value.bind(service) as unknown : value;
        },
        set: (_, key, value) => Reflect.set(target(), key, value),
        has: (_, key) => Reflect.has(target(), key),
        // Langium's injector asks `instanceof Error` at every access: answered without building.
        getPrototypeOf: () => (instance ? Reflect.getPrototypeOf(instance) : prototype),
        ownKeys: () => Reflect.ownKeys(target()),
        getOwnPropertyDescriptor(_, key) {
            const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
            return descriptor && { ...descriptor, configurable: true };
        }
    });
}
