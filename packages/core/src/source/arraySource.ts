import { unknownNameIssue } from "../model/unknownKeyIssue";
import { RECORD_KINDS } from "./recordRelations";
import type { RecordKind, RecordSource, SourcedRecord, UnreadableRecord } from "./recordSource";

/** Records handed out per batch. */
const BATCH = 1000;

/**
 * A source over a dataset in memory, shaped as `AuditDatasetInput` (one list
 * per kind of record, as parsed from a JSON body or file): each list's
 * records in order. A key that is no kind of record, or a kind that is not a
 * list, is handed on as unreadable, so that it is refused, not dropped.
 */
export function arraySource(dataset: unknown, name: string): RecordSource {
  const problems: UnreadableRecord[] = [];
  return {
    name,
    unreadable: () => problems,
    async *batches() {
      if (typeof dataset !== "object" || dataset === null || Array.isArray(dataset)) {
        problems.push(
          unreadable("the input is not an object of record lists", "输入不是由各类记录列表组成的对象"),
        );
        return;
      }
      const lists = dataset as Record<string, unknown>;
      let batch: SourcedRecord[] = [];
      for (const key in lists) {
        const records = lists[key];
        // An unknown key is refused even when its value is `undefined`, as the
        // schema's strict object does; a known kind left undefined is absent.
        if (!(RECORD_KINDS as readonly string[]).includes(key)) {
          problems.push(unknownKind(key));
          continue;
        }
        if (records === undefined) continue;
        const kind = key as RecordKind;
        if (!Array.isArray(records)) {
          problems.push({ ...unreadable(`${kind} is not a list`, `${kind} 不是列表`), kind });
          continue;
        }
        for (const record of records) {
          batch.push({ kind, record });
          if (batch.length >= BATCH) {
            yield batch;
            batch = [];
          }
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}

function unreadable(message: string, zh: string): UnreadableRecord {
  return { unreadable: { code: "malformed-record", message, zh } };
}

function unknownKind(key: string): UnreadableRecord {
  const { message, zh } = unknownNameIssue("unknown-kind", key, RECORD_KINDS);
  return { unreadable: { code: "unknown-kind", message, zh } };
}
