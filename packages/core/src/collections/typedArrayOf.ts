/** Up to this many bytes an array is allocated as it is. */
export const SMALL_ARRAY_BYTES = 1 << 20;
/**
 * glibc's `malloc` maps a block this large or larger on its own and unmaps it
 * when it is freed. Smaller blocks it may keep in its arena: after a mapped
 * block is freed it raises its threshold to that block's size (up to this
 * size), so the tables of a long read, grown and replaced many times, end in
 * the arena, and freeing them gave nothing back to the system (a 100k-member
 * run stayed 140 MB above what it held; docs/performance.md, "Under 300
 * MB").
 */
export const MAPPED_ARRAY_BYTES = 32 * 1024 * 1024;

type TypedArrayType<T> = {
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

/**
 * A zero-filled typed array of `length` elements for a table that grows
 * with its input: past 1 MiB its buffer is at least 32 MiB, so that the C
 * library maps it on its own and gives it back when it is freed. Pages
 * never written are not resident (a mapped block is zero-filled by the
 * system as it is touched), so the room costs address space, not memory.
 */
export function typedArrayOf<T>(Type: TypedArrayType<T>, length: number): T {
  const bytes = length * Type.BYTES_PER_ELEMENT;
  const buffer = new ArrayBuffer(bytes <= SMALL_ARRAY_BYTES ? bytes : Math.max(bytes, MAPPED_ARRAY_BYTES));
  return new Type(buffer, 0, length);
}
