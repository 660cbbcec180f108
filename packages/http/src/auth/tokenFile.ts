import { createHash } from "node:crypto";
import { z } from "zod";
import { type Principal, RIGHTS } from "./principal";

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "64 lower-case hex digits (SHA-256 of the token)");
const Id = z.string().trim().min(1).max(200);

/** One token of the token file: its ID, the SHA-256 of the token (never the token), its rights and scope. */
export const TokenEntry = z
  .object({
    id: Id,
    sha256: Sha256Hex,
    rights: z.array(z.enum(RIGHTS)).min(1),
    /** The whole city (工委, the auditor): every unit, and the records of no unit (community events). */
    city: z.literal(true).optional(),
    /** The organisation (its top unit's ID) the token speaks for; it may touch that unit. */
    organisation: Id.optional(),
    /** The units the token may touch (for an organisation: its subordinate units). */
    units: z.array(Id).default([]),
  })
  .strict()
  .refine((t) => t.city === true || t.organisation !== undefined || t.units.length > 0, {
    message: "a token needs `city: true`, an organisation or at least one unit",
    path: ["units"],
  });
export type TokenEntry = z.infer<typeof TokenEntry>;

/** The token file: `{ "tokens": [ … ] }`, IDs and hashes unique. */
export const TokenFile = z
  .object({ tokens: z.array(TokenEntry) })
  .strict()
  .superRefine((file, ctx) => {
    for (const key of ["id", "sha256"] as const) {
      const seen = new Set<string>();
      file.tokens.forEach((token, index) => {
        if (seen.has(token[key])) {
          ctx.addIssue({ code: "custom", path: ["tokens", index, key], message: `duplicate ${key}` });
        }
        seen.add(token[key]);
      });
    }
  });
export type TokenFile = z.infer<typeof TokenFile>;
export type TokenFileInput = z.input<typeof TokenFile>;

/** The SHA-256 of a token as the token file stores it (`printf %s "$TOKEN" | sha256sum` gives the same). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The principals of a token file, by token hash. */
export function principalsByHash(file: TokenFile): Map<string, Principal> {
  return new Map(
    file.tokens.map((token): [string, Principal] => [
      token.sha256,
      {
        tokenId: token.id,
        rights: new Set(token.rights),
        ...(token.organisation !== undefined && { organisation: token.organisation }),
        units: token.city
          ? "all"
          : new Set([...(token.organisation === undefined ? [] : [token.organisation]), ...token.units]),
      },
    ]),
  );
}
