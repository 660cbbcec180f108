// Spot-check sampling that an auditor can replay (M-SPOTCHECK-20, W-COMMUNITY-SAMPLE, ZZ47-BD 三(三)).
// The algorithm is specified in docs/sampling.md.

export { compareCodePoints, sortByCodePoint } from "../collections/compareCodePoints";
export { type AlgorithmRef, SAMPLING_ALGORITHM } from "./algorithm";
export { type ApportionStratum, apportion, type PreferStratum } from "./apportion";
export { canonicalTextProblem } from "./canonicalText";
export { communitiesWithMembers, type MemberScopeLike } from "./communitiesWithMembers";
export {
  CommunityDrawRequest,
  type CommunityDrawRequestInput,
  CommunityEntry,
} from "./communityDrawRequest";
export { hashCommunityPopulation } from "./communityPopulation";
export { CommunitySample, DistrictSample, sampledCommunityIds } from "./communitySample";
export { CommunitySampleCheckInput, decideCommunitySample } from "./decideCommunitySample";
export { decideSpotCheck, SpotCheckInput } from "./decideSpotCheck";
export { drawCommunitySample } from "./drawCommunitySample";
export { drawMemberSample } from "./drawMemberSample";
export { drawTopUpSample } from "./drawTopUpSample";
export { type ExactRate, exactRate, percentText, requiredSampleSize } from "./exactRate";
export {
  MemberDrawRequest,
  type MemberDrawRequestInput,
  MemberSampleOptions,
  type MemberSampleOptionsInput,
  PopulationEntry,
  PopulationMember,
  StratifyBy,
} from "./memberDrawRequest";
export { hashMemberPopulation } from "./memberPopulation";
export { MemberSample, MemberSampleStratum, sampledMemberIds } from "./memberSample";
export { rankOf } from "./rank";
export {
  SampleDifference,
  SampleDifferenceKind,
  SampleVerification,
} from "./sampleVerification";
export { type SamplingErrorCode, SamplingInputError } from "./samplingError";
export { SamplingId, SamplingText, Sha256Hex } from "./samplingText";
export { SpotCheckDraw, type SpotCheckDrawInput } from "./spotCheckDraw";
export { type CommunitySampleVerification, verifyCommunitySample } from "./verifyCommunitySample";
export { type MemberSampleVerification, verifyMemberSample } from "./verifyMemberSample";
export {
  CommunityVisit,
  type CommunityVisitInput,
  FindingsPublication,
  Visit,
  type VisitInput,
  VisitKind,
} from "./visit";
