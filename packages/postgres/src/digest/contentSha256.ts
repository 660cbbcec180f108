import { createHash } from "node:crypto";
import { canonicalJson } from "@shuangbaodao/core";

/**
 * The core's `verdictDigest` (SHA-256 of the RFC 8785 canonical JSON), hashed
 * by Node's OpenSSL instead of the core's portable JavaScript SHA-256: the
 * same 64 hex digits, a few times faster, which counts where every record of
 * an import and every decision's records are hashed.
 */
export function contentSha256(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}
