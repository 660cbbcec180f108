import { setFlagsFromString } from "node:v8";

/** How much V8's heap may grow past what is live before it collects again (V8's own factor goes up to 4×). */
export const HEAP_GROWING_PERCENT = 25;

/**
 * Keeps the heap near what is live. Reading a workbook of 1.5 million rows
 * makes much short-lived garbage, and V8 let the heap grow to 588 MB around
 * some 260 MB live at 100k members; growing by a quarter it peaked at 319 MB
 * (peak RSS 719 → 449 MB), for about a tenth more CPU time
 * (docs/performance.md, "The heap's growth"). Only for the CLI's own
 * process: a program that embeds the library keeps its own settings.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
