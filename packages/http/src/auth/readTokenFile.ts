import { readFile } from "node:fs/promises";
import { validate } from "@shuangbaodao/core";
import { TokenFile } from "./tokenFile";

/**
 * Reads and checks a token file (JSON, see README): a malformed file throws
 * an `InputError` naming the file and each field at fault, so the server
 * never starts with tokens it misread.
 */
export async function readTokenFile(path: string): Promise<TokenFile> {
  const text = await readFile(path, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return validate(TokenFile, value, path);
}
