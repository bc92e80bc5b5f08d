import { ADDED_INDEX_BASE } from './id-codec.js';

export interface CollectionSpec<T> {
  generatedCount: number;
  /** The id of generated item `index`, without generating the whole item. */
  idAt(index: number): string;
  generate(index: number): T;
  idOf(record: T): string;
  /** The generated index an id stands for, if any. */
  indexOf(id: string): number | undefined;
}

export interface ScanResult<T> {
  items: T[];
  /** Position of the next matching item, when there is one. */
  next?: number;
}

/**
 * One kind in one account x region: generated items are produced on demand from their index, and an overlay holds
 * what the state API removed, changed or added. Positions are stable: generated items first, then added ones.
 */
export class ResourceCollection<T> {
  private readonly removed = new Set<string>();
  private readonly changed = new Map<string, T>();
  private readonly added: (T | undefined)[] = [];
  private readonly addedPositionById = new Map<string, number>();
  private removedGenerated = 0;

  constructor(private readonly spec: CollectionSpec<T>) {}

  get endPosition(): number {
    return this.spec.generatedCount + this.added.length;
  }

  count(): number {
    return this.spec.generatedCount - this.removedGenerated + this.addedPositionById.size;
  }

  /** The index to generate a new item from, outside the generated range. */
  nextAddedIndex(): number {
    return ADDED_INDEX_BASE + this.added.length;
  }

  at(position: number): T | undefined {
    const generatedCount = this.spec.generatedCount;
    if (position >= generatedCount) return this.added[position - generatedCount];
    if (this.removed.size === 0 && this.changed.size === 0) return this.spec.generate(position);
    const id = this.spec.idAt(position);
    if (this.removed.has(id)) return undefined;
    return this.changed.get(id) ?? this.spec.generate(position);
  }

  get(id: string): T | undefined {
    const addedPosition = this.addedPositionById.get(id);
    if (addedPosition !== undefined) return this.added[addedPosition];
    if (this.removed.has(id)) return undefined;
    const changed = this.changed.get(id);
    if (changed) return changed;
    const index = this.spec.indexOf(id);
    return index !== undefined && index < this.spec.generatedCount ? this.spec.generate(index) : undefined;
  }

  add(record: T): void {
    this.addedPositionById.set(this.spec.idOf(record), this.added.length);
    this.added.push(record);
  }

  /** Replaces an existing item (same id) and reports whether it existed. */
  replace(id: string, record: T): boolean {
    const addedPosition = this.addedPositionById.get(id);
    if (addedPosition !== undefined) {
      this.added[addedPosition] = record;
      return true;
    }
    if (this.get(id) === undefined) return false;
    this.changed.set(id, record);
    return true;
  }

  remove(id: string): boolean {
    const addedPosition = this.addedPositionById.get(id);
    if (addedPosition !== undefined) {
      this.added[addedPosition] = undefined;
      this.addedPositionById.delete(id);
      return true;
    }
    if (this.get(id) === undefined) return false;
    this.changed.delete(id);
    this.removed.add(id);
    this.removedGenerated++;
    return true;
  }

  /** Up to `limit` items matching `predicate` from `start`, and the position of the next match after them. */
  scan(start: number, limit: number, predicate?: (item: T) => boolean): ScanResult<T> {
    const items: T[] = [];
    const end = this.endPosition;
    for (let position = Math.max(0, start); position < end; position++) {
      const item = this.at(position);
      if (item === undefined || (predicate && !predicate(item))) continue;
      if (items.length === limit) return { items, next: position };
      items.push(item);
    }
    return { items };
  }

  *all(): Generator<T> {
    const end = this.endPosition;
    for (let position = 0; position < end; position++) {
      const item = this.at(position);
      if (item !== undefined) yield item;
    }
  }
}
