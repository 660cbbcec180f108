import { Readable } from "node:stream";
import { ndjsonSource, type RecordSource, type SourcedRecord } from "@shuangbaodao/core";
import { workbookRecordSource } from "@shuangbaodao/excel";
import { RECORD_TABLES } from "@shuangbaodao/postgres";
import { mayTouchUnit, type Principal } from "../auth/principal";
import { ApiProblem, type BilingualError } from "../problems/apiProblem";
import { placePath } from "./databaseProblem";

export const NDJSON = "application/x-ndjson";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The media types an import takes; a request of another is refused with 415. */
export const IMPORT_MEDIA_TYPES = [NDJSON, XLSX] as const;

export function tooLarge(maxBytes: number): ApiProblem {
  return new ApiProblem("payload-too-large", {
    zh: `上传超过 ${maxBytes} 字节的上限，未写入任何记录。`,
    en: `The upload exceeds the limit of ${maxBytes} bytes; nothing was written.`,
  });
}

/**
 * The request body, stopped once it passes `maxBytes`. `exceeded()` tells
 * afterwards whether it did: the workbook reader turns any failure of its
 * input into an issue of its own, and the route answers 413 for this one.
 */
export function cappedBody(body: ReadableStream<Uint8Array> | null, maxBytes: number) {
  let exceeded = false;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let total = 0;
    for await (const chunk of (body ?? []) as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        exceeded = true;
        throw tooLarge(maxBytes);
      }
      yield chunk;
    }
  }
  return { chunks: chunks(), exceeded: () => exceeded };
}

/** The media type of a request, without its parameters, in lower case. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/**
 * An upload as a `RecordSource`: NDJSON through the core's `ndjsonSource`
 * (so a bad line is the core's issue at its line), a workbook through the
 * Excel adapter's `workbookRecordSource` (its zip-bomb limits and its cell
 * issues at sheet and cell). The workbook's sheets the database does not keep
 * (工委's community visits and findings) are passed over, as by
 * `shuangbaodao db import`.
 */
export function uploadSource(
  type: string,
  chunks: AsyncIterable<Uint8Array>,
  fileName: string,
): RecordSource {
  if (type === NDJSON) return ndjsonSource(chunks, fileName);
  const workbook = workbookRecordSource(Readable.from(chunks, { objectMode: false }), { fileName });
  return {
    name: workbook.name,
    async *batches() {
      for await (const batch of workbook.batches()) {
        yield batch.filter((item) => Object.hasOwn(RECORD_TABLES, item.kind));
      }
    },
    unreadable: () => workbook.unreadable?.() ?? [],
  };
}

/**
 * Refuses, with 403 naming each one's line (or sheet and row), an upload with
 * members of units outside the token's scope, before anything is written.
 * Each member's records must have their member in the same upload (the
 * core's reference check), so this covers them too. Not checked here: the
 * records an upload names for the core's reference checks, which every
 * officer reads (the unit tree, the organisations, the communities' events
 * that attendances point to). Sent unchanged they are not written; new or
 * changed, the database's row-level security decides (only the city scope
 * writes community events), and its refusal is a 403 as well.
 */
export function withinTokenScope(source: RecordSource, principal: Principal): RecordSource {
  if (principal.units === "all") return source;
  return {
    ...source,
    name: source.name,
    async *batches() {
      const refused: BilingualError[] = [];
      let count = 0;
      for await (const batch of source.batches()) {
        for (const item of batch) {
          const unit = memberUnit(item);
          if (unit === undefined || mayTouchUnit(principal, unit)) continue;
          count += 1;
          if (refused.length < MAX_LISTED) refused.push(outOfScope(item, unit));
        }
        yield batch;
      }
      if (count > 0) {
        throw new ApiProblem(
          "forbidden",
          {
            zh: `上传中有 ${count} 名党员属于令牌范围以外的单位，未写入任何记录。`,
            en: `${count} member(s) of the upload belong to units outside the token's scope; nothing was written.`,
          },
          { errors: refused },
        );
      }
    },
  };
}

/** A member record's unit; `undefined` for another kind, or a malformed member (the core refuses it). */
function memberUnit(item: SourcedRecord): string | undefined {
  if (item.kind !== "members") return undefined;
  const unitId = (item.record as { unitId?: unknown } | null)?.unitId;
  return typeof unitId === "string" ? unitId : undefined;
}

/** Refusals listed in one answer; the detail gives the count of all. */
const MAX_LISTED = 100;

function outOfScope(item: SourcedRecord, unit: string): BilingualError {
  return {
    path: [placePath(item.place ?? {}), "unitId"].filter(Boolean).join(" "),
    code: "out-of-scope",
    message: {
      zh: `单位 ${JSON.stringify(unit)} 不在令牌的范围内`,
      en: `unit ${JSON.stringify(unit)} is outside the token's scope`,
    },
  };
}
