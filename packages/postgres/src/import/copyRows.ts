import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { WORKING_ROLE } from "../connection/inTransaction";
import type { Database } from "../connection/openDatabase";

/** About 1 MB of COPY text per PGlite call: the blob is held in memory, and WASM memory is small. */
const PGLITE_CHUNK_BYTES = 1 << 20;

/**
 * COPYs rows of COPY text format (`copyText` lines) into `table` inside the
 * caller's transaction. On a server through pg-copy-streams; on PGlite as
 * `COPY … FROM '/dev/blob'` in chunks, since a COPY through its pool adapter
 * crashes it. Reading a server file is a superuser's right, so on PGlite the
 * COPY runs as the connecting superuser and the working role is taken back
 * after, within the transaction; `table` is the import's own temporary table.
 */
export async function copyRows(
  db: Database,
  client: pg.PoolClient,
  table: string,
  lines: Iterable<string>,
  onChunk?: (rowsCopied: number) => void | Promise<void>,
): Promise<void> {
  let copied = 0;
  if (db.pglite) {
    const pglite = db.pglite;
    await client.query("RESET ROLE");
    try {
      for (const chunk of chunked(lines, PGLITE_CHUNK_BYTES)) {
        await pglite.query(`COPY ${table} FROM '/dev/blob'`, [], { blob: new Blob(chunk) });
        copied += chunk.length;
        await onChunk?.(copied);
      }
    } finally {
      await client.query(`SET LOCAL ROLE ${WORKING_ROLE}`);
    }
    return;
  }
  const stream = client.query(copyFrom(`COPY ${table} FROM STDIN`));
  async function* joined() {
    for (const chunk of chunked(lines, 1 << 16)) {
      yield chunk.join("");
      copied += chunk.length;
      await onChunk?.(copied);
    }
  }
  await pipeline(Readable.from(joined()), stream);
}

function* chunked(lines: Iterable<string>, bytes: number): Generator<string[]> {
  let chunk: string[] = [];
  let size = 0;
  for (const line of lines) {
    chunk.push(line);
    size += line.length;
    if (size >= bytes) {
      yield chunk;
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}
