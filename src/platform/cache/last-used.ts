/**
 * The values of the keys used last, at most `limit` of them: a hit moves its key to the end
 * of the Map's order (a Map keeps insertion order), and a key beyond the limit drops the one
 * used longest ago. For memory kept per key where people choose the keys (searches, pages,
 * statements, words), so it stays bounded however many they choose.
 */
export class LastUsed<K, V> {
  readonly #values = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.#values.size;
  }

  get(key: K): V | undefined {
    const value = this.#values.get(key);
    if (value !== undefined) {
      this.#values.delete(key);
      this.#values.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#values.delete(key);
    this.#values.set(key, value);
    if (this.#values.size > this.limit) this.#values.delete(this.#values.keys().next().value as K);
  }

  delete(key: K): void {
    this.#values.delete(key);
  }
}

/** `make` kept per key for the `limit` keys used last: for pure work asked again and again. */
export function keptPerKey<K, V>(limit: number, make: (key: K) => V): (key: K) => V {
  const kept = new LastUsed<K, V>(limit);
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = make(key);
      kept.set(key, value);
    }
    return value;
  };
}
