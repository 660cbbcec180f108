import { createRequire } from "node:module";
import { type Edition, verdictDigest } from "@shuangbaodao/core";

/** The version of the rules library (`@shuangbaodao/core`) that decides, as its package says. */
export const LIBRARY_VERSION: string = createRequire(import.meta.url)(
  "@shuangbaodao/core/package.json",
).version;

/** SHA-256 of the edition's canonical content: its parameters, sources and documents, not only its name. */
export function editionSha256(edition: Edition): string {
  return verdictDigest(edition);
}
