import { displayWidth } from "./displayWidth";

/** Points per line of 11-point text: Excel's default row height. */
const LINE_HEIGHT = 15;

/** A cell's text and the width of its column (or of its merged columns), in character widths. */
export interface WrappedCell {
  text: string;
  width: number;
}

/**
 * How many lines a text takes wrapped in a column of the given width, counted
 * generously (words break early), so that nothing is cut off on paper.
 */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split("\n")
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/**
 * The height of a row whose cells wrap, in points: its tallest cell. Set by
 * hand because LibreOffice keeps the default height of a row written without
 * one, wrapped text or not, and prints the lines over each other.
 */
export function wrappedRowHeight(cells: readonly WrappedCell[], least = LINE_HEIGHT): number {
  const lines = Math.max(1, ...cells.map((cell) => wrappedLines(cell.text, cell.width)));
  return Math.max(least, lines * LINE_HEIGHT);
}
