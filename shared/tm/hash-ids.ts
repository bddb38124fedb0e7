/**
 * Unit ids by source hash (`keyHash` of the source key), for the duplicate check of a bulk
 * import: a million units in two typed arrays (about 24 MB) rather than a Map of boxed
 * 53-bit numbers (about 60 MB), and no index probe in the database per unit. Units with the
 * same source (and so the same hash) are all kept: open addressing with linear probing finds
 * every one of them.
 */
export class HashIds {
  private hashes: Float64Array;
  /** Unit id per slot; 0 marks an empty slot (unit ids start at 1). */
  private ids: Int32Array;
  private count = 0;

  constructor(capacity = 1 << 16) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.hashes = new Float64Array(size);
    this.ids = new Int32Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** Records unit `id` (a positive 32-bit integer) under `hash`. */
  add(hash: number, id: number): void {
    if (!(Number.isInteger(id) && id > 0 && id <= 0x7fffffff)) throw new RangeError(`unit id ${id} out of range`);
    if ((this.count + 1) * 2 > this.ids.length) this.grow();
    this.place(hash, id);
    this.count++;
  }

  /** Whether any id is recorded under `hash` (most lookups of an import: no array made for them). */
  has(hash: number): boolean {
    const mask = this.ids.length - 1;
    for (let slot = this.slotOf(hash, mask); this.ids[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === hash) return true;
    }
    return false;
  }

  /** The ids recorded under `hash`, in no particular order (empty when none). */
  get(hash: number): number[] {
    const out: number[] = [];
    const mask = this.ids.length - 1;
    for (let slot = this.slotOf(hash, mask); this.ids[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === hash) out.push(this.ids[slot]!);
    }
    return out;
  }

  private slotOf(hash: number, mask: number): number {
    // Both halves of the 53-bit hash reach the slot.
    return ((hash >>> 0) ^ Math.floor(hash / 4294967296)) & mask;
  }

  private place(hash: number, id: number): void {
    const mask = this.ids.length - 1;
    let slot = this.slotOf(hash, mask);
    while (this.ids[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.ids[slot] = id;
  }

  private grow(): void {
    const { hashes, ids } = this;
    this.hashes = new Float64Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2);
    for (let i = 0; i < ids.length; i++) if (ids[i] !== 0) this.place(hashes[i]!, ids[i]!);
  }
}
