import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../appEnv";
import { ApiProblem } from "../problems/apiProblem";

export interface AdmissionOptions {
  /** Requests handled at once; the rest wait their turn in arrival order. */
  concurrency: number;
  /** Requests that may wait; one more is refused at once with 503. */
  queue: number;
  /** Milliseconds a request may wait for its turn before it is refused with 503. */
  maxWaitMs: number;
}

interface Waiter {
  admit: () => void;
  timer: ReturnType<typeof setTimeout>;
}

function overloaded(retryAfter: number, why: { zh: string; en: string }): ApiProblem {
  return new ApiProblem(
    "overloaded",
    { zh: `${why.zh}请 ${retryAfter} 秒后重试。`, en: `${why.en} Retry in ${retryAfter} s.` },
    { headers: { "Retry-After": String(retryAfter) } },
  );
}

/**
 * Admission control: at most `concurrency` requests in hand, a FIFO queue of
 * at most `queue` behind them, and no wait longer than `maxWaitMs`. The core's
 * work is synchronous on one event loop, so without it a saturated server
 * accepts everything and serves it in no fair order: under 64 connections a
 * few waited past a client's 30 s while the median took 1 s. Refusing early
 * with 503 and `Retry-After` lets a caller back off instead of timing out.
 * Hand-written (≈ 40 lines) because p-queue and p-limit are ESM-only (this
 * package also ships CommonJS) and neither refuses when full.
 */
export function admission(options: AdmissionOptions): MiddlewareHandler<AppEnv> {
  let running = 0;
  const waiting: Waiter[] = [];
  const retryAfter = Math.max(1, Math.ceil(options.maxWaitMs / 1000));

  const release = () => {
    const next = waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit();
    } else running -= 1;
  };

  const turn = () =>
    new Promise<void>((resolve, reject) => {
      if (running < options.concurrency) {
        running += 1;
        return resolve();
      }
      if (waiting.length >= options.queue) {
        return reject(
          overloaded(retryAfter, {
            zh: `服务繁忙：已有 ${options.queue} 个请求在排队。`,
            en: `The server is busy: ${options.queue} requests are already waiting.`,
          }),
        );
      }
      const waiter: Waiter = {
        admit: resolve,
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(
            overloaded(retryAfter, {
              zh: `服务繁忙：排队超过 ${options.maxWaitMs} 毫秒。`,
              en: `The server is busy: the request waited over ${options.maxWaitMs} ms for its turn.`,
            }),
          );
        }, options.maxWaitMs),
      };
      waiting.push(waiter);
    });

  return async (c, next) => {
    await turn();
    try {
      await next();
    } catch (error) {
      release();
      throw error;
    }
    const body = c.res.body;
    if (!body || !(c.res.headers.get("Content-Type") ?? "").includes("x-ndjson")) return release();
    c.res = new Response(releasingWhenDone(body, release), c.res);
  };
}

/**
 * A streamed answer (NDJSON) is still being computed after `next()` returns:
 * its slot is given back when the body has been read to the end, failed, or
 * been cancelled (the caller went away). Pulls one chunk at a time, so the
 * stream's back-pressure is kept.
 */
function releasingWhenDone(
  body: ReadableStream<Uint8Array>,
  release: () => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let released = false;
  const once = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          once();
          controller.close();
        } else controller.enqueue(chunk.value);
      } catch (error) {
        once();
        controller.error(error);
      }
    },
    cancel(reason) {
      once();
      return reader.cancel(reason);
    },
  });
}
