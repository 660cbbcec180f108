import type { Bilingual } from "./bilingual";

/**
 * How a column's cells are read and written.
 * - `text`: as it is (numbers and dates in a text column become their text).
 * - `date`: a Shanghai calendar date `YYYY-MM-DD` in the record.
 * - `integer`, `boolean`: a number / a boolean in the record.
 * - `enum`: one of `options`; the record holds the option's `value`.
 * - `list`: several items in one cell, separated by `、`, `,`, `;` or new lines.
 */
export type ColumnType = "text" | "date" | "integer" | "boolean" | "enum" | "list";

/** One allowed value of an `enum` column: the record's value and the words people use for it. */
export interface EnumOption {
  value: string | number;
  zh: string;
  en: string;
  /** What the template's dropdown shows; defaults to `zh`. */
  display?: string;
}

/** One column of an input sheet: the single definition template, import and export all read. */
export interface ColumnSpec {
  /** The Chinese header the template writes. */
  header: string;
  /** English names accepted as the header; the first is written under the Chinese one. */
  aliases: readonly string[];
  /** Where the value goes in the record, dot-separated for nested fields. */
  field: string;
  type: ColumnType;
  /** Whether the record needs it; the schema decides in the end, this drives the template's marking. */
  required: boolean;
  /** The allowed values of an `enum` column. */
  options?: readonly EnumOption[];
  /** What the items of a `list` column are. */
  itemType?: "text" | "integer";
  /** A short hint for the instructions sheet and the header's note. */
  hint?: Bilingual;
  /** Column width in characters. */
  width?: number;
}

/** The result of validating a record: the structural part of a zod `safeParse` result the import uses. */
export type SchemaResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly SchemaIssue[] } };

/** The part of a zod issue the import reads to explain a row's error. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
}

/** A record schema (the core's zod schemas fit this). */
export interface RecordSchema<T> {
  safeParse(input: unknown): SchemaResult<T>;
}

/** One input sheet: a record kind of the data model and its columns. */
export interface SheetSpec<K extends string = string, T = unknown> {
  /** The key of the record kind in the imported data (`members`, `services`, …). */
  key: K;
  /** The Chinese sheet name the template writes (at most 31 characters). */
  name: string;
  /** English names accepted as the sheet name. */
  aliases: readonly string[];
  title: Bilingual;
  schema: RecordSchema<T>;
  columns: readonly ColumnSpec[];
  /**
   * For a record that holds a list of items (a list and its entries): rows
   * with the same ID are one record, and each row adds one item to this array
   * field, read from the columns whose field starts with `field.`.
   */
  itemRows?: { field: string };
}
