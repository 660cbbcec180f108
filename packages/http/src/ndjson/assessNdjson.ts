import { type Edition, InputError, validate } from "@shuangbaodao/core";
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../appEnv";
import { outOfScopeProblem, unitsOutOfScope } from "../auth/requireRight";
import { ApiProblem } from "../problems/apiProblem";
import { framesOnly } from "../problems/handleError";
import { inputProblem } from "../problems/inputProblem";
import { problemDocument } from "../problems/problemResponse";
import { editionAnswerMeta } from "../routes/answerMeta";
import { type NdjsonLimits, ndjsonLines, StreamTooLarge } from "./ndjsonLines";

/** How one kind of bundle is read, scoped and assessed, line by line. */
export interface NdjsonAssessment<S extends z.ZodType> {
  schema: S;
  /** The units a bundle touches, with their paths inside the line. */
  unitsOf: (bundle: z.output<S>) => { unitId: string; path: string }[];
  assess: (bundle: z.output<S>) => { decisionId: string; assessment: unknown };
}

/**
 * Answers an NDJSON request as it arrives: each input line is parsed with
 * `JSON.parse`, checked by the core's schema, scoped and assessed, and its
 * answer line written before the next line is read (the response stream
 * pulls, so a slow reader slows the reading). A bad line answers a problem
 * line and the others go on; the stream ends with a summary line.
 */
export function assessNdjson<S extends z.ZodType>(
  c: Context<AppEnv>,
  edition: Edition,
  limits: NdjsonLimits,
  how: NdjsonAssessment<S>,
): Response {
  const meta = editionAnswerMeta(c, edition);
  const principal = c.get("principal");
  const body = c.req.raw.body;
  const lines = ndjsonLines(body ?? emptyStream(), limits);
  const encoder = new TextEncoder();
  const counts = { lines: 0, assessed: 0, refused: 0 };
  let done = false;

  const answerLine = (line: number, text: string): object => {
    counts.lines += 1;
    try {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new ApiProblem("malformed-json", {
          zh: `第 ${line} 行不是有效的 JSON。`,
          en: `Line ${line} is not valid JSON.`,
        });
      }
      const bundle = validate(how.schema, value, `line ${line}`);
      const refused = unitsOutOfScope(principal, how.unitsOf(bundle));
      if (refused.length > 0) {
        throw outOfScopeProblem(refused, {
          zh: `第 ${line} 行涉及令牌范围以外的单位。`,
          en: `Line ${line} touches a unit outside the token's scope.`,
        });
      }
      const answer = how.assess(bundle);
      counts.assessed += 1;
      return { line, ...answer };
    } catch (error) {
      counts.refused += 1;
      const problem =
        error instanceof ApiProblem
          ? error
          : error instanceof InputError
            ? inputProblem(error, { zh: `第 ${line} 行`, en: `line ${line}` })
            : internalLineProblem(c, error);
      return { line, problem: problemDocument(c, problem) };
    }
  };

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done) return;
      const write = (value: object) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const next = await lines.next();
        if (!next.done) {
          const item = next.value;
          if ("tooLong" in item) {
            counts.lines += 1;
            counts.refused += 1;
            write({
              line: item.line,
              problem: problemDocument(
                c,
                new ApiProblem("payload-too-large", {
                  zh: `第 ${item.line} 行超过 ${limits.maxLineBytes} 字节。`,
                  en: `Line ${item.line} exceeds ${limits.maxLineBytes} bytes.`,
                }),
              ),
            });
          } else write(answerLine(item.line, item.text));
          return;
        }
      } catch (error) {
        if (!(error instanceof StreamTooLarge)) throw error;
        write({
          problem: problemDocument(
            c,
            new ApiProblem("payload-too-large", {
              zh: `请求流超过 ${limits.maxBytes} 字节，其后的行未读取。`,
              en: `The stream exceeds ${limits.maxBytes} bytes; the lines after it were not read.`,
            }),
          ),
        });
      }
      done = true;
      write({ summary: { ...meta, ...counts } });
      controller.close();
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return c.body(stream, 200, { "Content-Type": "application/x-ndjson; charset=utf-8" });
}

/** An unexpected failure on one line: logged (name and frames only), answered as a 500 problem line. */
function internalLineProblem(c: Context<AppEnv>, error: unknown): ApiProblem {
  const err = error instanceof Error ? error : new Error("non-error thrown");
  c.get("logger").error({ err: { type: err.name, frames: framesOnly(err) } }, "line failed");
  return new ApiProblem("internal", {
    zh: "处理该行时出现意外错误，已记入日志。",
    en: "An unexpected error occurred on this line; it has been logged.",
  });
}

async function* emptyStream(): AsyncGenerator<Uint8Array> {}
