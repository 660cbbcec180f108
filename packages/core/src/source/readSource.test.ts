import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessDataset } from "../audit/assessDataset";
import { AuditDataset } from "../audit/auditDataset";
import { cleanRecords } from "../conformance/cleanRecords";
import { verdictDigest } from "../digest/verdictDigest";
import { getEdition } from "../editions/registry";
import { cases } from "../io-ts/testing/arbitraries";
import { InputError, ISSUES_KEPT } from "../model/validate";
import { arraySource } from "./arraySource";
import { ndjsonSource } from "./ndjsonSource";
import { readSource } from "./readSource";

async function refusal(read: Promise<unknown>): Promise<InputError> {
  try {
    await read;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

async function* chunks(...texts: string[]): AsyncGenerator<string> {
  yield* texts;
}

const line = (kind: string, record: unknown) => JSON.stringify({ kind, record });
const member = { id: "m1", name: "张三", unitId: "u1", branchId: "b1", inService: true };
const service = { id: "s1", memberId: "m1", date: "2019-11-02", communityId: "c1", content: "巡逻" };

describe("readSource(arraySource(x)) is validate(AuditDataset, x)", () => {
  it("accepts what the schema accepts, with the same output", async () => {
    await fc.assert(
      fc.asyncProperty(cases.AuditDataset?.valid as fc.Arbitrary<unknown>, async (value) => {
        expect(await readSource(arraySource(value, "x"))).toStrictEqual(AuditDataset.parse(value));
      }),
      { numRuns: 60 },
    );
  });

  it("refuses what the schema refuses", async () => {
    await fc.assert(
      fc.asyncProperty(cases.AuditDataset?.mutated as fc.Arbitrary<unknown>, async (value) => {
        const read = await readSource(arraySource(value, "x")).then(
          () => true,
          (error) => {
            if (error instanceof InputError) return false;
            throw error;
          },
        );
        expect(read).toBe(AuditDataset.safeParse(value).success);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses an unknown key whose value is undefined, as the schema does (fast-check seed 486293949)", async () => {
    const value = { organisations: [], members: [], "x-": undefined };
    expect(AuditDataset.safeParse(value).success).toBe(false);
    const error = await refusal(readSource(arraySource(value, "x")));
    expect(error.issues).toContainEqual(expect.objectContaining({ code: "unknown-kind" }));
    // A known kind left undefined is absent for both.
    expect(await readSource(arraySource({ members: [], visits: undefined }, "x"))).toStrictEqual(
      AuditDataset.parse({ members: [], visits: undefined }),
    );
  });

  it("names an unknown list and the closest kind, rather than dropping it", async () => {
    const error = await refusal(readSource(arraySource({ members: [member], service: [service] }, "body")));
    expect(error.issues).toContainEqual(
      expect.objectContaining({
        code: "unknown-kind",
        message: 'unknown kind of record "service" (did you mean `services`?)',
      }),
    );
  });
});

describe("ndjsonSource", () => {
  it("reads records split anywhere across chunks, with a BOM and CRLF line ends", async () => {
    const text = `\uFEFF${line("units", { id: "u1", name: "单位" })}\r\n\n${line("members", member)}\r\n${line("services", service)}`;
    const dataset = await readSource(
      ndjsonSource(chunks(text.slice(0, 7), text.slice(7, 50), text.slice(50)), "x.ndjson"),
    );
    expect(dataset.members).toEqual([{ ...member, cadreCandidateYears: [] }]);
    expect(dataset.services).toHaveLength(1);
  });

  it("locates every problem by line, all or nothing: bad JSON, a bad field, a duplicate, a dangling reference", async () => {
    const text = [
      line("units", { id: "u1", name: "单位" }),
      line("members", member),
      "{not json",
      line("services", service),
      line("services", { ...service, id: "s2", date: "2019-02-30" }),
      line("services", service),
      line("services", { ...service, id: "s3", memberId: "m9" }),
    ].join("\n");
    const error = await refusal(readSource(ndjsonSource(chunks(text), "in.ndjson")));
    expect(error.source).toBe("in.ndjson");
    expect(
      error.issues.map(({ code, path, place, firstIndex }) => ({
        code,
        path,
        line: place?.line,
        firstIndex,
      })),
    ).toEqual([
      { code: "malformed-record", path: "(root)", line: 3, firstIndex: undefined },
      { code: "invalid-value", path: "services[1].date", line: 5, firstIndex: undefined },
      { code: "duplicate-id", path: "services[2].id", line: 6, firstIndex: 0 },
      { code: "unknown-reference", path: "services[3].memberId", line: 7, firstIndex: undefined },
    ]);
    expect(error.issues[3]?.zh).toBe('所指党员 "m9" 不存在');
  });

  it("refuses a line that is not {kind, record}", async () => {
    const error = await refusal(
      readSource(ndjsonSource(chunks('{"kind":"members","record":{},"x":1}', "\n[1]"), "x")),
    );
    expect(error.issues.map((i) => [i.code, i.place?.line])).toEqual([
      ["malformed-record", 1],
      ["malformed-record", 2],
    ]);
  });

  it("keeps its first 1,000 unreadable lines and counts the rest, so a stream of garbage is refused in little memory", async () => {
    const source = ndjsonSource(chunks(`${"not json\n".repeat(3_000)}${line("members", member)}\n`), "x");
    const error = await refusal(readSource(source));
    expect(source.unreadable?.()).toHaveLength(ISSUES_KEPT);
    expect(source.omittedUnreadable?.()).toStrictEqual([{ code: "malformed-record", count: 2_000 }]);
    expect(error.issues).toHaveLength(ISSUES_KEPT);
    expect(error.issues.at(-1)?.place?.line).toBe(ISSUES_KEPT);
    // The member's unknown unit comes after the lines, so it is counted too.
    expect(error.issueCount).toBe(3_001);
    expect(error.omitted).toContainEqual({ code: "malformed-record", count: 2_000 });
  });
});

describe("text is NFC once read", () => {
  it("the same records written in NFD are assessed exactly as in NFC (same digest)", async () => {
    // Every community ID and name gains an é, which NFD writes as e and a combining accent.
    const accented = (form: "NFC" | "NFD") =>
      JSON.parse(
        JSON.stringify(cleanRecords()).replace(/"(c-[a-z]+|[^"]*社区)"/g, (_, text) =>
          JSON.stringify(`${text}é`.normalize(form)),
        ),
      );
    const digestOf = async (form: "NFC" | "NFD") =>
      verdictDigest(
        assessDataset(await readSource(arraySource(accented(form), form)), getEdition("zhengzhou-2019"), {
          year: 2019,
        }),
      );
    expect(JSON.stringify(accented("NFD"))).not.toBe(JSON.stringify(accented("NFC")));
    expect(await digestOf("NFD")).toBe(await digestOf("NFC"));
  });
});
