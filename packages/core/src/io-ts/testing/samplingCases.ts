import fc from "fast-check";
import { canonicalTextProblem, MAX_TEXT_LENGTH } from "../../sampling/canonicalText";
import { StratifyBy as StratifyBySchema } from "../../sampling/memberDrawRequest";
import { VisitKind as VisitKindSchema } from "../../sampling/visit";
import {
  anyString,
  boolean,
  type Case,
  calendarDate,
  count,
  enumeration,
  junk,
  listOf,
  literal,
  objectCase,
  padding,
  recordId,
  safeInteger,
  year,
} from "./blocks";

// The spot-check inputs (M-SPOTCHECK-20, W-COMMUNITY-SAMPLE) and the recorded samples they verify.

/** Characters of canonical text: inner white space is allowed, surrounding white space and controls are not. */
const canonicalChar = fc.oneof(
  { arbitrary: fc.constantFrom(..."abcmxyz0129-_."), weight: 6 },
  { arbitrary: fc.constantFrom(..."张三丰庆路社区金水区巡逻"), weight: 3 },
  { arbitrary: fc.constantFrom(" ", "\u00a0", "\u2028", "\u3000"), weight: 1 },
  { arbitrary: fc.constantFrom("😀", "𠀀"), weight: 1 },
);
const canonical = fc
  .string({ unit: canonicalChar, minLength: 1, maxLength: 12 })
  .filter((text) => canonicalTextProblem(text) === undefined);
/** What makes text not canonical: a control character (tab, NEL, DEL …) or an unpaired surrogate. */
const flaw = fc.constantFrom(
  "\u0000",
  "\t",
  "\n",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u009f",
  "\ud800",
  "\udc00",
);
const withFlaw = fc
  .tuple(canonical, flaw, fc.nat())
  .map(([text, bad, at]) => text.slice(0, at % (text.length + 1)) + bad + text.slice(at % (text.length + 1)));
const padded = (text: fc.Arbitrary<string>) =>
  fc.tuple(padding, text, padding).map(([before, core, after]) => before + core + after);

const SamplingText: Case = {
  valid: fc.oneof(
    { arbitrary: canonical, weight: 8 },
    {
      arbitrary: fc.constantFrom(
        "字".repeat(MAX_TEXT_LENGTH),
        "😀".repeat(MAX_TEXT_LENGTH / 2),
        "2019 第一次 抽样",
        "a\ufeffb",
      ),
      weight: 1,
    },
  ),
  mutated: fc.oneof(
    // Not trimmed: padding is refused, not removed.
    padded(canonical).filter((text) => text !== text.trim()),
    withFlaw,
    fc.constantFrom(
      "",
      " ",
      "字".repeat(MAX_TEXT_LENGTH + 1),
      `${"😀".repeat(MAX_TEXT_LENGTH / 2)}a`,
      "\u0085",
    ),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: "binary", maxLength: 4 }),
    recordId.mutated,
  ),
};

const SamplingId: Case = {
  valid: fc.oneof(
    { arbitrary: padded(canonical), weight: 8 },
    // A RecordId's 200 characters are code points; canonical text counts UTF-16 units up to 1000.
    { arbitrary: padded(fc.constantFrom("字".repeat(200), "😀".repeat(200), "a b")), weight: 1 },
  ),
  mutated: fc.oneof(
    // Trimmed first, so padding is fine, but a flaw inside is not; nor an ID too long once trimmed.
    padded(withFlaw),
    fc.constantFrom("\u0085m1", "m1\u0085", "m\tm", "字".repeat(201), `${"😀".repeat(200)}a`),
    recordId.mutated,
    SamplingText.mutated,
  ),
};

const hexDigits = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 });
const Sha256Hex: Case = {
  valid: hexDigits,
  mutated: fc.oneof(
    hexDigits.map((hex) => hex.toUpperCase()),
    hexDigits.map((hex) => hex.slice(1)),
    hexDigits.map((hex) => `${hex}0`),
    hexDigits.map((hex) => `${hex}\n`),
    fc
      .tuple(hexDigits, fc.constantFrom("g", "G", " ", "x", "-"), fc.nat(63))
      .map(([hex, bad, at]) => hex.slice(0, at) + bad + hex.slice(at + 1)),
    padded(hexDigits),
    fc.constantFrom("", "sha256:"),
    junk,
  ),
};

const VisitKind = enumeration(VisitKindSchema.options);
// Typos of the one kind that counts.
const visitKind: Case = {
  valid: VisitKind.valid,
  mutated: fc.oneof(
    VisitKind.mutated,
    fc.constantFrom("field_visit", "fieldvisit", "field visit", "Field-Visit", "visit", "实地走访"),
  ),
};

export const Visit = objectCase({
  required: { id: recordId, memberId: recordId, date: calendarDate, kind: visitKind },
});
const CommunityVisit = objectCase({
  required: { id: recordId, communityId: recordId, date: calendarDate, kind: visitKind },
});
const FindingsPublication = objectCase({ required: { id: recordId, date: calendarDate } });

const PopulationMember = objectCase({
  required: { id: SamplingId, inService: boolean },
  optional: { branchId: SamplingId, inScopeFrom: calendarDate },
});
// A plain ID or a member: the union names a member's field only when just its IDs fail their checks.
const PopulationEntry: Case = {
  valid: fc.oneof(SamplingId.valid, PopulationMember.valid),
  mutated: fc.oneof(SamplingId.mutated, PopulationMember.mutated),
};

const StratifyBy = enumeration(StratifyBySchema.options);
const MemberSampleOptions = objectCase({
  required: {},
  defaulted: { stratifyBy: StratifyBy, mustVisit: listOf(SamplingId), alreadyVisited: listOf(SamplingId) },
});
const MemberDrawRequest = objectCase({
  required: {
    organisationId: SamplingId,
    year,
    samplingDate: calendarDate,
    seed: SamplingText,
    population: listOf(PopulationEntry, 4),
  },
  // `.prefault({})`: absent options are read as `{}`, so their own defaults apply.
  defaulted: { options: MemberSampleOptions },
});

const CommunityEntry = objectCase({
  required: { id: SamplingId, district: SamplingText },
  optional: { members: count },
});
const CommunityDrawRequest = objectCase({
  required: {
    committeeId: SamplingId,
    year,
    samplingDate: calendarDate,
    seed: SamplingText,
    communities: listOf(CommunityEntry, 4),
  },
  defaulted: { districts: listOf(SamplingText) },
});

const algorithm = objectCase({ required: { name: anyString, version: anyString } });
const edition = objectCase({ required: { id: anyString, version: anyString } });
const ids = listOf(anyString, 3);

const MemberSampleStratum = objectCase({
  required: { branchId: anyString, populationSize: count, fixed: count, allocated: count, drawn: count },
});
const MemberSample = objectCase({
  required: {
    kind: literal("member-sample", ["community-sample"]),
    algorithm,
    organisationId: anyString,
    year: safeInteger,
    samplingDate: anyString,
    seed: anyString,
    edition,
    rate: anyString,
    populationHash: Sha256Hex,
    populationSize: count,
    requiredSize: count,
    // As recorded: the stratification is spelled out, no default.
    options: objectCase({ required: { stratifyBy: StratifyBy, mustVisit: ids, alreadyVisited: ids } }),
    mustVisit: ids,
    alreadyVisited: ids,
    notInScope: ids,
    drawn: ids,
    sampleSize: count,
  },
  optional: { strata: listOf(MemberSampleStratum, 2) },
});

const DistrictSample = objectCase({
  required: { district: anyString, communities: count, required: count, drawn: ids },
});
const CommunitySample = objectCase({
  required: {
    kind: literal("community-sample", ["member-sample"]),
    algorithm,
    committeeId: anyString,
    year: safeInteger,
    samplingDate: anyString,
    seed: anyString,
    edition,
    communitiesPerDistrict: count,
    populationHash: Sha256Hex,
    populationSize: count,
    options: objectCase({ required: { districts: ids } }),
    districts: listOf(DistrictSample, 2),
  },
});

const SpotCheckDraw = objectCase({
  required: { organisationId: SamplingId, year, population: listOf(PopulationEntry, 4) },
  optional: { samplingDate: calendarDate, seed: SamplingText },
  defaulted: { options: MemberSampleOptions },
});
const SpotCheckInput = objectCase({
  required: { draw: SpotCheckDraw },
  optional: { sample: MemberSample, asOf: calendarDate },
  defaulted: { visits: listOf(Visit) },
});
const CommunitySampleCheckInput = objectCase({
  required: { draw: CommunityDrawRequest },
  // `findings` has no default: absent means "not assessed", `[]` means "nothing published".
  optional: { sample: CommunitySample, findings: listOf(FindingsPublication, 2), asOf: calendarDate },
  defaulted: { visits: listOf(CommunityVisit) },
});

export const samplingCases: Record<string, Case> = {
  SamplingText,
  SamplingId,
  Sha256Hex,
  VisitKind: visitKind,
  Visit,
  CommunityVisit,
  FindingsPublication,
  PopulationMember,
  PopulationEntry,
  StratifyBy,
  MemberSampleOptions,
  MemberDrawRequest,
  CommunityEntry,
  CommunityDrawRequest,
  MemberSampleStratum,
  MemberSample,
  DistrictSample,
  CommunitySample,
  SpotCheckDraw,
  SpotCheckInput,
  CommunitySampleCheckInput,
};
