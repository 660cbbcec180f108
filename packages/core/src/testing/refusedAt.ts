import { InputError } from "../model/validate";

/** The field paths of the `InputError` that `run` throws; fails the test when it throws anything else or nothing. */
export function refusedAt(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  throw new Error("expected an InputError");
}
