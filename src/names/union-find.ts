/**
 * Union-find (disjoint sets), shared by within-document resolution and the
 * cross-graph merge.
 */

/**
 * Disjoint sets over keys, with path halving. A union keeps the first
 * argument's root as the root of both sets, so callers may rely on which
 * key stands for a set (resolution drops head-alias words that stayed
 * roots alone).
 *
 * @typeParam K Key type (a string, an index).
 */
export class UnionFind<K> {
  private readonly parent = new Map<K, K>()

  /**
   * @param keys The keys, each alone in its set at first.
   */
  constructor(keys: Iterable<K>) {
    for (const k of keys) this.parent.set(k, k)
  }

  /**
   * The root of a key's set.
   *
   * @param key A key given to the constructor.
   * @returns The key that stands for its set.
   */
  find(key: K): K {
    let k = key
    for (let p = this.parent.get(k)!; p !== k; p = this.parent.get(k)!) {
      const grand = this.parent.get(p)!
      this.parent.set(k, grand)
      k = grand
    }
    return k
  }

  /**
   * Join two keys' sets under the root of the first.
   *
   * @param keep Key whose root stays the root.
   * @param join Key whose set joins it.
   */
  union(keep: K, join: K): void {
    const rk = this.find(keep)
    const rj = this.find(join)
    if (rk !== rj) this.parent.set(rj, rk)
  }

  /**
   * Whether a key's set holds it alone.
   *
   * @param key A key.
   * @returns `true` when no other key shares its root.
   */
  isAlone(key: K): boolean {
    if (this.find(key) !== key) return false
    for (const other of this.parent.keys()) if (other !== key && this.find(other) === key) return false
    return true
  }
}
