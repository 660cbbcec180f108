import type ExcelJS from "exceljs";

/** How a sheet prints: what a printed report or a form handed in on paper needs. */
export interface PrintLayout {
  /** Landscape for sheets wider than they are long (tables, grids, the statistics form). */
  landscape: boolean;
  /** The rows repeated at the top of every page (title and header): `"1:2"`. */
  titleRows?: string;
  /** The columns repeated on every page of a wide grid (its labels): `"A:B"`. */
  titleColumns?: string;
  /** What is printed, when it is known before the rows are written: `"A1:C20"`. */
  area?: string;
  /** How many page widths the columns are spread over (default 1); see `pagesWideFor`. */
  pagesWide?: number;
}

/** The page margins, in inches. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };

/**
 * The smallest scale a sheet is laid out to print at: 11-point text at 70 % is
 * about 8 points on paper, still easy to read (`npm run check:print` fails below 60 %).
 */
export const SMALLEST_PRINT_SCALE = 0.7;

/**
 * Points on paper per unit of column width at 100 %, as LibreOffice prints the
 * workbook without Calibri installed (measured 6.98 with its substitute font).
 * Excel with Calibri takes about 5.3, so there the sheets print somewhat larger.
 */
const POINTS_PER_WIDTH_UNIT = 7;

/** The printable width of A4 inside the margins, in points. */
function printableWidth(landscape: boolean): number {
  const paper = landscape ? 841.9 : 595.3;
  return paper - (MARGINS.left + MARGINS.right) * 72;
}

/** How many units of column width one page holds at `SMALLEST_PRINT_SCALE`. */
export function widthPerPage(landscape: boolean): number {
  return printableWidth(landscape) / (POINTS_PER_WIDTH_UNIT * SMALLEST_PRINT_SCALE);
}

/**
 * How many page widths a sheet's columns need so that it prints at
 * `SMALLEST_PRINT_SCALE` or larger, the first `repeated` columns (its print
 * titles) on every page. One page when everything fits.
 */
export function pagesWideFor(widths: readonly number[], landscape: boolean, repeated = 0): number {
  const sum = (values: readonly number[]) => values.reduce((total, width) => total + width, 0);
  const perPage = widthPerPage(landscape);
  const total = sum(widths);
  if (total <= perPage) return 1;
  const titles = sum(widths.slice(0, repeated));
  return Math.ceil((total - titles) / Math.max(1, perPage - titles));
}

/**
 * The page setup of a sheet: its columns fitted to one page width or, for a
 * wide sheet, to `pagesWide` of them (as many pages tall as it takes), A4,
 * the header rows (and label columns) repeated on each page. Without it a
 * 20-column table prints four columns a page.
 */
export function printSetup(layout: PrintLayout): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: layout.landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: layout.pagesWide ?? 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: MARGINS,
    ...(layout.titleRows && { printTitlesRow: layout.titleRows }),
    ...(layout.titleColumns && { printTitlesColumn: layout.titleColumns }),
    ...(layout.area && { printArea: layout.area }),
  };
}
