import type { Lang } from "../language";
import type { OmittedErrors, ProblemError } from "./problemDocument";
import type { ProblemCode } from "./problemTypes";

/** Words for one answer in both languages; the answer picks one by `Accept-Language`. */
export type Bilingual = Record<Lang, string>;

/** A located fault in both languages, before the answer's language is known. */
export interface BilingualError {
  path: string;
  message: Bilingual;
  code?: string;
}

/**
 * Thrown anywhere in a request to answer with a problem document. The error
 * handler renders it in the request's language; nothing else about the
 * request (stack, input) reaches the answer.
 */
export class ApiProblem extends Error {
  readonly code: ProblemCode;
  readonly detail: Bilingual;
  readonly errors: readonly BilingualError[] | undefined;
  /** Faults past those `errors` lists, counted by code and place, and how many there are in all. */
  readonly omitted: { errorCount: number; groups: readonly OmittedErrors[] } | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    code: ProblemCode,
    detail: Bilingual,
    options: {
      errors?: readonly BilingualError[];
      omitted?: { errorCount: number; groups: readonly OmittedErrors[] };
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail.en);
    this.name = "ApiProblem";
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.omitted = options.omitted;
    this.headers = options.headers ?? {};
  }
}

/** The errors of a problem in one language. */
export function errorsIn(errors: readonly BilingualError[], lang: Lang): ProblemError[] {
  return errors.map((e) => ({ path: e.path, message: e.message[lang], ...(e.code && { code: e.code }) }));
}
