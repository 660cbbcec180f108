import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import canonicalize from "canonicalize";

/**
 * The JSON Canonicalization Scheme (RFC 8785) text of a value: what
 * `JSON.stringify` would write (`undefined` members left out, `toJSON`
 * honoured), with object keys sorted by UTF-16 code unit, no white space and
 * numbers in their shortest ECMAScript form. Throws on NaN and ±Infinity.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError("canonicalJson: the value has no JSON form");
  return text;
}

/**
 * The SHA-256 (64 lower-case hex digits) of the RFC 8785 canonical JSON of
 * `value`: an assessment (`assessDataset`'s, a member's, a unit's), a list of
 * verdicts, anything JSON. It hashes exactly what it is given, every field:
 * statuses, reasons, facts, record IDs, explanations, citations and the
 * edition's ID and version. Two values have the same digest exactly when their
 * JSON is the same up to key order, so an adapter proves it decided as the
 * in-memory core did by comparing digests of the same kind of value.
 */
export function verdictDigest(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
