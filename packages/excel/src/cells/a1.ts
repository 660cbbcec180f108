/** The column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** The column letters of an A1 reference (`C5` → `C`), if it is one. */
export function columnLettersOf(reference: string | undefined): string | undefined {
  return /^([A-Z]+)\d/.exec(reference ?? "")?.[1];
}

/** The A1 reference of a cell. */
export function cellReference(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** The A1 reference of a range; a single cell when both corners agree. */
export function rangeReference(
  firstColumn: number,
  firstRow: number,
  lastColumn: number,
  lastRow: number,
): string {
  const first = cellReference(firstColumn, firstRow);
  const last = cellReference(lastColumn, lastRow);
  return first === last ? first : `${first}:${last}`;
}
