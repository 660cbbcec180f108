import { hashToken, type TokenFileInput } from "../../src/index";

/** Test tokens by name: the clear token a caller sends, and its entry in the token file. */
export const TOKENS = {
  city: "tok-city-0123456789",
  organisation: "tok-organisation-0123456789",
  cdcAssess: "tok-cdc-assess-0123456789",
  cdcSample: "tok-cdc-sample-0123456789",
  cdcRead: "tok-cdc-read-0123456789",
} as const;
export type TokenName = keyof typeof TOKENS;

export const TOKEN_FILE: TokenFileInput = {
  tokens: [
    {
      id: "city",
      sha256: hashToken(TOKENS.city),
      rights: ["read", "assess", "sample", "import"],
      city: true,
    },
    {
      id: "organisation",
      sha256: hashToken(TOKENS.organisation),
      rights: ["read", "assess", "sample", "import"],
      organisation: "u-wjw",
      units: ["u-hospital", "u-cdc", "u-supervision"],
    },
    { id: "cdc-assess", sha256: hashToken(TOKENS.cdcAssess), rights: ["read", "assess"], units: ["u-cdc"] },
    { id: "cdc-sample", sha256: hashToken(TOKENS.cdcSample), rights: ["read", "sample"], units: ["u-cdc"] },
    { id: "cdc-read", sha256: hashToken(TOKENS.cdcRead), rights: ["read"], units: ["u-cdc"] },
  ],
};

export function bearer(name: TokenName): Record<string, string> {
  return { Authorization: `Bearer ${TOKENS[name]}` };
}
