import type { DatasetInput, UnitDatasetInput } from "@shuangbaodao/core";
import fc from "fast-check";

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY_MS;

/** A calendar date `YYYY-MM-DD` between 2015 and 2025. */
export const isoDate = fc
  .integer({ min: FIRST_DAY, max: LAST_DAY })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

// Characters a register holds: CJK, letters, digits, the formula starters and full-width forms.
const CHARACTERS = [..."张伟李娜王芳社区建设路金水区党支部义诊宣传abcXYZ0189 =+-@()（）．、，"];
/** Text that says something (the model trims it; the round trip must give back the trimmed text). */
export const text = fc
  .array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(""))
  .filter((value) => value.trim() !== "");

/** Text for one item of a list cell: none of the list separators. */
export const listItemText = text.filter((value) => !/[、,，;；\n]/.test(value));

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drops undefined fields, as a record built by hand would not have them. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** A consistent set of records: every reference points to a record that exists; reports go to lived-in communities. */
export const datasetArbitrary: fc.Arbitrary<DatasetInput> = fc
  .record({
    unitCount: fc.integer({ min: 1, max: 3 }),
    organisationCount: fc.integer({ min: 1, max: 3 }),
    memberCount: fc.integer({ min: 1, max: 4 }),
    communities: fc.uniqueArray(fc.constantFrom("C1", "C2", "C3", "社区-04", "=C5"), {
      minLength: 1,
      maxLength: 3,
    }),
    seed: fc.integer(),
  })
  .chain(({ unitCount, organisationCount, memberCount, communities }) => {
    const unitIds = Array.from({ length: unitCount }, (_, i) => `U${i + 1}`);
    const organisationIds = Array.from({ length: organisationCount }, (_, i) => `B${i + 1}`);
    const memberIds = Array.from({ length: memberCount }, (_, i) => (i === 0 ? "-M1" : `M${i + 1}`));
    const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
    const community = pick(communities);
    const member = pick(memberIds);

    const units = fc.tuple(
      ...unitIds.map((id, i) =>
        fc
          .record({
            id: fc.constant(id),
            name: text,
            parentUnitId: i === 0 ? fc.constant(undefined) : maybe(pick(unitIds.slice(0, i))),
            statsTableSubmittedOn: maybe(isoDate),
          })
          .map(compact),
      ),
    );
    const organisations = fc.tuple(
      ...organisationIds.map((id, i) =>
        fc
          .record({
            id: fc.constant(id),
            unitId: pick(unitIds),
            name: text,
            kind: fc.constantFrom("机关党委", "党委", "总支", "支部" as const),
            parentOrganisationId: i === 0 ? fc.constant(undefined) : maybe(pick(organisationIds.slice(0, i))),
          })
          .map(compact),
      ),
    );
    const members = fc.tuple(
      ...memberIds.map((id) =>
        fc
          .record({
            id: fc.constant(id),
            name: text,
            unitId: pick(unitIds),
            branchId: pick(organisationIds),
            inService: fc.boolean(),
            inScopeFrom: maybe(isoDate),
            cadreCandidateYears: fc.array(fc.integer({ min: 2000, max: 2100 }), { maxLength: 3 }),
          })
          .map(compact),
      ),
    );
    // Every member lives somewhere, so reports can be generated for lived-in communities only.
    const residences = fc.tuple(
      ...memberIds.map((memberId, i) =>
        fc
          .record({ communityId: community, communityName: text, district: text, from: isoDate })
          .map((r) => ({ id: `R${i + 1}`, memberId, ...r })),
      ),
    );
    const events = fc.array(
      fc.record({
        communityId: community,
        date: isoDate,
        kind: fc.constantFrom(
          "major-arrangement",
          "committee-election",
          "yizheng-sanyi-liang-gongkai",
          "specialty-activity" as const,
        ),
        title: text,
      }),
      { maxLength: 3 },
    );
    return fc
      .record({
        units,
        organisations,
        members,
        residences,
        events,
        claims: fc.array(
          fc.record({
            memberId: member,
            postCode: fc.integer({ min: 1, max: 15 }),
            otherText: maybe(text),
            date: maybe(isoDate),
          }),
          { maxLength: 3 },
        ),
        services: fc.array(
          fc.record({
            memberId: member,
            date: isoDate,
            communityId: community,
            postCode: maybe(fc.integer({ min: 1, max: 15 })),
            content: text,
            usedPublicPower: fc.boolean(),
            usedUnitResources: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        feedback: fc.array(
          fc.record({
            memberId: member,
            date: isoDate,
            kind: fc.constantFrom("outstanding", "negative" as const),
            area: fc.constantFrom("social-morality", "family-virtue", "other" as const),
            status: fc.constantFrom("pending", "verified", "unfounded" as const),
            statusDate: maybe(isoDate),
            note: maybe(text),
          }),
          { maxLength: 2 },
        ),
        selfReports: fc.array(
          fc.record({
            memberId: member,
            year: fc.integer({ min: 2019, max: 2025 }),
            reportedToOrganisation: fc.boolean(),
            explainedAtLifeMeeting: fc.boolean(),
            date: maybe(isoDate),
          }),
          { maxLength: 2 },
        ),
        reportDates: fc.array(fc.tuple(fc.nat(), isoDate, maybe(isoDate)), { maxLength: 3 }),
        attendanceMembers: fc.array(fc.tuple(fc.nat(), member), { maxLength: 3 }),
      })
      .map((parts) => {
        const residenceList = [...parts.residences];
        const eventList = parts.events.map((event, i) => ({ id: `E${i + 1}`, ...event }));
        return {
          units: [...parts.units],
          organisations: [...parts.organisations],
          members: [...parts.members],
          residences: residenceList,
          reports: parts.reportDates.map(([n, date, receipt], i) => {
            const residence = residenceList[n % residenceList.length] as (typeof residenceList)[number];
            return compact({
              id: `P${i + 1}`,
              memberId: residence.memberId,
              date,
              communityId: residence.communityId,
              receiptHandedInOn: receipt,
            });
          }),
          postClaims: parts.claims.map((claim, i) =>
            compact({
              id: `PC${i + 1}`,
              ...claim,
              otherText: claim.postCode === 15 ? (claim.otherText ?? "其他岗位") : claim.otherText,
            }),
          ),
          services: parts.services.map((service, i) => compact({ id: `S${i + 1}`, ...service })),
          communityEvents: eventList,
          attendances:
            eventList.length === 0
              ? []
              : parts.attendanceMembers.map(([n, memberId], i) => ({
                  id: `A${i + 1}`,
                  eventId: (eventList[n % eventList.length] as (typeof eventList)[number]).id,
                  memberId,
                })),
          feedback: parts.feedback.map((item, i) => compact({ id: `F${i + 1}`, ...item })),
          selfReports: parts.selfReports.map((item, i) => compact({ id: `SR${i + 1}`, ...item })),
        } satisfies DatasetInput;
      });
  });

/** Unit-programme records for the units `U1`…`Un` of a dataset. */
export function unitRecordsArbitrary(
  unitIds: readonly string[],
): fc.Arbitrary<Omit<UnitDatasetInput, "units">> {
  const unit = fc.constantFrom(...unitIds);
  const activityKind = fc.constantFrom("joint-meeting", "themed-party-day", "volunteer-service" as const);
  const withIds = <T extends object>(prefix: string, items: T[]) =>
    items.map((item, i) => compact({ id: `${prefix}${i + 1}`, ...item }));
  return fc
    .record({
      scopedUnits: fc.subarray([...unitIds], { maxLength: Math.min(2, unitIds.length) }),
      scopeDates: fc.array(fc.tuple(isoDate, maybe(text)), { minLength: 2, maxLength: 2 }),
      streetReports: fc.array(
        fc.record({
          unitId: unit,
          streetId: fc.constantFrom("ST1", "ST2"),
          streetName: maybe(text),
          date: isoDate,
        }),
        { maxLength: 2 },
      ),
      designations: fc.array(
        fc.record({
          unitId: unit,
          streetId: fc.constantFrom("ST1", "ST2"),
          communityId: fc.constantFrom("C1", "C2"),
          communityName: maybe(text),
          date: isoDate,
        }),
        { maxLength: 2 },
      ),
      pairings: fc.array(
        fc.record({
          unitId: unit,
          communityId: fc.constantFrom("C1", "C2"),
          agreementDate: isoDate,
          agreementTitle: maybe(text),
        }),
        { maxLength: 2 },
      ),
      receipts: fc.array(
        fc.record({
          unitId: unit,
          streetReportIndex: maybe(fc.nat()),
          handedInOn: isoDate,
          recipient: maybe(fc.constantFrom("工委", "机关党委" as const)),
        }),
        { maxLength: 2 },
      ),
      activities: fc.array(
        fc.record({
          unitId: unit,
          kind: activityKind,
          date: isoDate,
          place: maybe(text),
          project: maybe(text),
          content: maybe(text),
          participants: fc.array(listItemText, { maxLength: 3 }),
          signedAndStamped: fc.boolean(),
          counterpartId: maybe(fc.constantFrom("ST1", "C1")),
          meetingBody: maybe(fc.constantFrom("street-joint-meeting", "community-joint-committee" as const)),
          attendee: maybe(text),
          attendeeRole: maybe(text),
          online: maybe(
            fc
              .record({
                postId: maybe(text),
                postedOn: maybe(isoDate),
                activityDate: isoDate,
                kind: activityKind,
                hasPicture: fc.boolean(),
                hasText: fc.boolean(),
              })
              .map(compact),
          ),
        }),
        { maxLength: 3 },
      ),
      lists: fc.array(
        fc.record({
          unitId: unit,
          kind: fc.constantFrom("resources", "needs", "projects" as const),
          date: isoDate,
          items: fc.array(fc.record({ title: text, agreementDate: maybe(isoDate) }).map(compact), {
            maxLength: 3,
          }),
        }),
        { maxLength: 3 },
      ),
      inquiryAnswers: fc.array(
        fc.record({
          unitId: unit,
          year: fc.integer({ min: 2019, max: 2025 }),
          respondentKind: fc.constantFrom("street", "community" as const),
          respondentId: fc.constantFrom("ST1", "C1"),
          date: isoDate,
          reportsProblem: fc.boolean(),
          status: fc.constantFrom("pending", "verified", "unfounded" as const),
          statusDate: maybe(isoDate),
          note: maybe(text),
        }),
        { maxLength: 2 },
      ),
    })
    .map((parts) => {
      const streetReports = withIds("SR", parts.streetReports);
      return {
        unitScopes: parts.scopedUnits.map((unitId, i) => {
          const [inScopeFrom, note] = parts.scopeDates[i] ?? [];
          return compact({ id: `SC${i + 1}`, unitId, inScopeFrom: inScopeFrom as string, note });
        }),
        streetReports,
        designations: withIds("D", parts.designations),
        pairings: withIds("PA", parts.pairings),
        receipts: parts.receipts.map(({ streetReportIndex, ...receipt }, i) =>
          compact({
            id: `RC${i + 1}`,
            ...receipt,
            streetReportId:
              streetReportIndex === undefined || streetReports.length === 0
                ? undefined
                : streetReports[streetReportIndex % streetReports.length]?.id,
          }),
        ),
        activities: parts.activities.map((activity, i) => compact({ id: `ACT${i + 1}`, ...activity })),
        lists: withIds("L", parts.lists),
        // The status is required only when a problem is reported; leave it out otherwise, half the time.
        inquiryAnswers: parts.inquiryAnswers.map(({ status, ...answer }, i) =>
          compact({
            id: `Q${i + 1}`,
            ...answer,
            status: answer.reportsProblem || i % 2 === 0 ? status : undefined,
          }),
        ),
      };
    });
}

/** Spot-check records: checks on the given members, community visits and published findings. */
export function samplingRecordsArbitrary(memberIds: readonly string[]) {
  const kind = fc.constantFrom("phone", "letter", "field-visit" as const);
  return fc
    .record({
      visits: fc.array(fc.record({ memberId: fc.constantFrom(...memberIds), date: isoDate, kind }), {
        maxLength: 3,
      }),
      communityVisits: fc.array(
        fc.record({ communityId: fc.constantFrom("C1", "C2"), date: isoDate, kind }),
        {
          maxLength: 2,
        },
      ),
      findings: fc.array(isoDate, { maxLength: 1 }),
    })
    .map((parts) => ({
      visits: parts.visits.map((visit, i) => ({ id: `V${i + 1}`, ...visit })),
      communityVisits: parts.communityVisits.map((visit, i) => ({ id: `CV${i + 1}`, ...visit })),
      findings: parts.findings.map((date, i) => ({ id: `FP${i + 1}`, date })),
    }));
}

/** A consistent set of records of every sheet, as one workbook holds it. */
export const workbookRecordsArbitrary = datasetArbitrary.chain((dataset) =>
  fc
    .tuple(
      unitRecordsArbitrary((dataset.units ?? []).map((unit) => unit.id)),
      samplingRecordsArbitrary((dataset.members ?? []).map((member) => member.id)),
    )
    .map(([unitRecords, samplingRecords]) => ({ ...dataset, ...unitRecords, ...samplingRecords })),
);
