/*
 * The algorithm and edition references a recorded sample carries. Internal:
 * their zod schemas are not exported from the sampling entry, so neither are
 * these codecs (index.ts leaves this file out).
 */
import * as t from "io-ts";
import { integer, strictObject } from "./codec";

/** The algorithm a draw was made with. */
export const AlgorithmRef = strictObject("AlgorithmRef", { name: t.string, version: t.string });

/** The edition a draw read its numbers from. */
export const EditionRef = strictObject("EditionRef", { id: t.string, version: t.string });

/** A count in a recorded sample: zod's `z.number().int().min(0)`. */
export const Count = integer("Count", 0);
