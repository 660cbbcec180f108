/** A place in a flat list of values being read: the list and where the next value is. */
export interface FlatCursor {
  readonly values: readonly unknown[];
  at: number;
}

/**
 * Records written as flat lists of values, each record's keys once a shape:
 * a record is its shape's number, then its values in its keys' order.
 * `v8.serialize` of the records themselves writes every key of every record
 * and reads each one back as a string to look up; flat, a spill's frames are
 * half the bytes and written and read back in about half the time (the 100k
 * run's spill: docs/performance.md, "The spill flat"). Values are kept as
 * `v8.serialize` keeps them (`undefined`, nested lists and objects).
 */
export class RecordShapes {
  /** Each shape's number, by its keys joined. */
  readonly #numbers = new Map<string, number>();
  /** Each shape's keys, by its number. */
  readonly #keys: string[][] = [];

  /** Appends a plain record (its own enumerable string keys) to `flat`. */
  write(record: object, flat: unknown[]): void {
    const keys = Object.keys(record);
    // A validated record's keys are its schema's field names (zod drops any other): none holds a NUL.
    const joined = keys.join("\u0000");
    let shape = this.#numbers.get(joined);
    if (shape === undefined) {
      shape = this.#keys.length;
      this.#numbers.set(joined, shape);
      this.#keys.push(keys);
    }
    flat.push(shape);
    for (const key of keys) flat.push((record as Record<string, unknown>)[key]);
  }

  /** The record at the cursor, as written; the cursor moves past it. */
  read(cursor: FlatCursor): object {
    const { values } = cursor;
    let at = cursor.at;
    const keys = this.#keys[values[at++] as number];
    if (keys === undefined) throw new Error("RecordShapes: a record of a shape never written");
    const record: Record<string, unknown> = {};
    for (const key of keys) record[key] = values[at++];
    cursor.at = at;
    return record;
  }
}
