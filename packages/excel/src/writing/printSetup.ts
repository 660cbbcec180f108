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
}

/**
 * The page setup of a sheet: every column on one page width (fit to width,
 * as many pages tall as it takes), A4, the header rows repeated on each page.
 * Without it a 20-column table prints four columns a page.
 */
export function printSetup(layout: PrintLayout): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: layout.landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(layout.titleRows && { printTitlesRow: layout.titleRows }),
    ...(layout.titleColumns && { printTitlesColumn: layout.titleColumns }),
    ...(layout.area && { printArea: layout.area }),
  };
}
