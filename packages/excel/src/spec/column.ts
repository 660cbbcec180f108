import type { Bilingual } from "./bilingual";
import type { ColumnSpec, ColumnType } from "./columnSpec";

type ColumnExtras = Partial<Pick<ColumnSpec, "options" | "itemType" | "hint" | "width">>;

const DEFAULT_WIDTH: Record<ColumnType, number> = {
  text: 18,
  date: 14,
  integer: 10,
  boolean: 10,
  enum: 18,
  list: 18,
};

function column(
  required: boolean,
  header: string,
  alias: string,
  field: string,
  type: ColumnType,
  extras: ColumnExtras = {},
): ColumnSpec {
  return {
    header,
    aliases: [alias],
    field,
    type,
    required,
    width: extras.width ?? Math.max(DEFAULT_WIDTH[type], header.length * 2 + 4),
    ...extras,
  };
}

/** A column the record needs. */
export const required = (
  header: string,
  alias: string,
  field: string,
  type: ColumnType,
  extras?: ColumnExtras,
): ColumnSpec => column(true, header, alias, field, type, extras);

/** A column the record may leave empty. */
export const optional = (
  header: string,
  alias: string,
  field: string,
  type: ColumnType,
  extras?: ColumnExtras,
): ColumnSpec => column(false, header, alias, field, type, extras);

/** A hint in both languages. */
export const hint = (zh: string, en: string): Bilingual => ({ zh, en });
