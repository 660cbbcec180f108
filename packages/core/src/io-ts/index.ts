/**
 * io-ts codecs of the input data model, the spot-check inputs and the audit
 * dataset, for callers who validate with io-ts rather than zod. Each codec has the name of its zod schema and accepts,
 * rejects and decodes exactly as that schema does (`agreement.test.ts`).
 */
export { InputError, type InputIssue } from "../model/validate";
export * from "./auditDataset";
export * from "./communityDrawRequest";
export * from "./communityEvent";
export * from "./communityReport";
export * from "./communitySample";
export * from "./communitySampleCheckInput";
export * from "./dataset";
export * from "./feedbackItem";
export * from "./member";
export * from "./memberDrawRequest";
export * from "./memberRecords";
export * from "./memberSample";
export * from "./options";
export * from "./partyOrganisation";
export * from "./postClaim";
export * from "./primitives";
export * from "./report";
export * from "./residence";
export * from "./samplingText";
export * from "./selfReport";
export * from "./spotCheckDraw";
export * from "./spotCheckInput";
export * from "./unit";
export * from "./unitActivity";
export * from "./unitCommunityDesignation";
export * from "./unitDataset";
export * from "./unitInquiryAnswer";
export * from "./unitPairing";
export * from "./unitReceipt";
export * from "./unitRecords";
export * from "./unitScope";
export * from "./unitStreetReport";
export * from "./unitThreeLists";
export * from "./visit";
export * from "./volunteerService";
