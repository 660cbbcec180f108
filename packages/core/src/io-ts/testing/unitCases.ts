import fc from "fast-check";
import {
  JointMeetingBody,
  UnitActivityKind as UnitActivityKindSchema,
  UnitActivityRecordField,
} from "../../model/unitActivity";
import { InquiryRespondentKind } from "../../model/unitInquiryAnswer";
import { UnitReceiptRecipient } from "../../model/unitReceipt";
import type { UNIT_RECORD_COLLECTIONS } from "../../model/unitRecords";
import { UnitListKind } from "../../model/unitThreeLists";
import {
  boolean,
  type Case,
  calendarDate,
  enumeration,
  type Fields,
  listOf,
  name,
  nonEmptyText,
  objectCase,
  ownedBy,
  recordId,
  samePadded,
  uniqueRecords,
  without,
  year,
} from "./blocks";
import { InvestigationStatusCase, Unit } from "./memberCases";

// The unit programme's input schemas (ZZ47-GJ).

type Row = Record<string, unknown>;

const UnitActivityKind = enumeration(UnitActivityKindSchema.options);
const JointMeetingBodyCase = enumeration(JointMeetingBody.options);
const UnitActivityRecordFieldCase = enumeration(UnitActivityRecordField.options);

const UnitOnlineRecord = objectCase({
  required: { activityDate: calendarDate, kind: UnitActivityKind, hasPicture: boolean, hasText: boolean },
  optional: { postId: recordId, postedOn: calendarDate },
});

const UnitActivity = objectCase({
  required: {
    id: recordId,
    unitId: recordId,
    kind: UnitActivityKind,
    date: calendarDate,
    signedAndStamped: boolean,
  },
  optional: {
    place: nonEmptyText,
    project: nonEmptyText,
    content: nonEmptyText,
    counterpartId: recordId,
    meetingBody: JointMeetingBodyCase,
    attendee: nonEmptyText,
    attendeeRole: nonEmptyText,
    online: UnitOnlineRecord,
  },
  defaulted: { participants: listOf(nonEmptyText, 3) },
});

const UnitCommunityDesignation = objectCase({
  required: { id: recordId, unitId: recordId, streetId: recordId, communityId: recordId, date: calendarDate },
  optional: { communityName: name },
});

const InquiryRespondentKindCase = enumeration(InquiryRespondentKind.options);
const UnitInquiryAnswer = ((): Case => {
  const shape = {
    required: {
      id: recordId,
      unitId: recordId,
      year,
      respondentKind: InquiryRespondentKindCase,
      respondentId: recordId,
      date: calendarDate,
      reportsProblem: boolean,
    },
    optional: { status: InvestigationStatusCase, statusDate: calendarDate, note: nonEmptyText },
  };
  // An answer reporting a problem needs its investigation status; valid answers give one.
  const valid = fc
    .tuple(objectCase(shape).valid as fc.Arbitrary<Row>, InvestigationStatusCase.valid)
    .map(([answer, status]) =>
      answer.reportsProblem === true && answer.status === undefined ? { ...answer, status } : answer,
    );
  const problem = valid.map((answer) => ({ ...answer, reportsProblem: true }));
  return {
    valid,
    mutated: fc.oneof(
      { arbitrary: objectCase(shape, valid).mutated, weight: 4 },
      { arbitrary: problem.map((answer) => without(answer, "status")), weight: 1 },
      { arbitrary: problem.map((answer) => ({ ...answer, status: undefined })), weight: 1 },
    ),
  };
})();

const UnitPairing = objectCase({
  required: { id: recordId, unitId: recordId, communityId: recordId, agreementDate: calendarDate },
  optional: { agreementTitle: nonEmptyText },
});

const UnitReceiptRecipientCase = enumeration(UnitReceiptRecipient.options);
const UnitReceipt = objectCase({
  required: { id: recordId, unitId: recordId, handedInOn: calendarDate },
  optional: { streetReportId: recordId, recipient: UnitReceiptRecipientCase },
});

const UnitScope = objectCase({
  required: { id: recordId, unitId: recordId, inScopeFrom: calendarDate },
  optional: { note: nonEmptyText },
});

const UnitStreetReport = objectCase({
  required: { id: recordId, unitId: recordId, streetId: recordId, date: calendarDate },
  optional: { streetName: name },
});

const UnitListKindCase = enumeration(UnitListKind.options);
const UnitListItem = objectCase({
  required: { title: nonEmptyText },
  optional: { agreementDate: calendarDate },
});
const UnitList = objectCase({
  required: { id: recordId, unitId: recordId, kind: UnitListKindCase, date: calendarDate },
  defaulted: { items: listOf(UnitListItem, 3) },
});

/** The collections checked for a known (or the bundle's) unit and unique ids. */
const collections: Record<(typeof UNIT_RECORD_COLLECTIONS)[number], Case> = {
  streetReports: UnitStreetReport,
  designations: UnitCommunityDesignation,
  pairings: UnitPairing,
  receipts: UnitReceipt,
  activities: UnitActivity,
  lists: UnitList,
  inquiryAnswers: UnitInquiryAnswer,
};
const collectionNames = Object.keys(collections);

/** A change to one record of a non-empty collection, or nothing when every collection is empty. */
function changeOneRecord(
  value: Row,
  names: readonly string[],
  at: number,
  change: (record: Row, list: Row[]) => Row[],
): Row {
  const filled = names.filter((name) => ((value[name] as Row[] | undefined) ?? []).length > 0);
  const name = filled[at % Math.max(filled.length, 1)];
  if (name === undefined) return value;
  const list = value[name] as Row[];
  const record = list[at % list.length] as Row;
  return { ...value, [name]: change(record, list) };
}

const UnitRecords = ((): Case => {
  const valid: fc.Arbitrary<Row> = (Unit.valid as fc.Arbitrary<Row>).chain((unit) => {
    const unitId = samePadded(String(unit.id));
    return fc.record(
      {
        unit: fc.constant(unit),
        scope: fc
          .tuple(UnitScope.valid as fc.Arbitrary<Row>, unitId)
          .map(([scope, id]) => ({ ...scope, unitId: id })),
        ...Object.fromEntries(
          Object.entries(collections).map(([name, item]) => [
            name,
            ownedBy(uniqueRecords(item), "unitId", unitId),
          ]),
        ),
      },
      { requiredKeys: ["unit"] },
    );
  });
  const fields: Fields = { scope: UnitScope };
  for (const [name, item] of Object.entries(collections)) fields[name] = listOf(item, 2);
  return {
    valid,
    mutated: fc.oneof(
      { arbitrary: objectCase({ required: { unit: Unit }, optional: fields }, valid).mutated, weight: 4 },
      // Someone else's scope or record (usually: the other id may trim to the same).
      {
        arbitrary: fc
          .tuple(valid, recordId.valid)
          .map(([records, other]) =>
            records.scope === undefined
              ? records
              : { ...records, scope: { ...(records.scope as Row), unitId: other } },
          ),
        weight: 1,
      },
      {
        arbitrary: fc
          .tuple(valid, recordId.valid, fc.nat())
          .map(([records, other, at]) =>
            changeOneRecord(records, collectionNames, at, (record, list) =>
              list.map((r) => (r === record ? { ...r, unitId: other } : r)),
            ),
          ),
        weight: 1,
      },
      // A record twice, its id padded differently.
      {
        arbitrary: fc
          .tuple(valid, fc.nat())
          .map(([records, at]) =>
            changeOneRecord(records, collectionNames, at, (record, list) => [
              ...list,
              { ...record, id: ` ${record.id}` },
            ]),
          ),
        weight: 1,
      },
    ),
  };
})();

/** Valid unit-programme records of many units: a hierarchy without cycles, records naming known units. */
export const unitDatasetValid: fc.Arbitrary<Row> = (() => {
  // Units whose ids are unique once trimmed, each parent an earlier unit: a hierarchy without cycles.
  const units: fc.Arbitrary<Row[]> = uniqueRecords(Unit, 4).chain((list) =>
    fc.tuple(
      ...list.map((unit, index) =>
        (index === 0 ? fc.constant(undefined) : fc.option(fc.nat(index - 1), { nil: undefined })).chain(
          (parent) =>
            parent === undefined
              ? fc.constant(without(unit, "parentUnitId"))
              : samePadded(String(list[parent]?.id)).map((id) => ({ ...unit, parentUnitId: id })),
        ),
      ),
    ),
  );
  return units.chain((unitList) => {
    const ids = unitList.map((unit) => String(unit.id));
    const known = ids.length === 0 ? undefined : fc.constantFrom(...ids).chain(samePadded);
    const records = (item: Case) =>
      known === undefined ? fc.constant([]) : ownedBy(uniqueRecords(item), "unitId", known);
    return fc
      .record(
        {
          units: fc.constant(unitList),
          // At most one scope a unit.
          unitScopes: fc.subarray(ids).chain((scoped) =>
            fc.tuple(
              ...scoped.map((id, index) =>
                fc
                  .tuple(UnitScope.valid as fc.Arbitrary<Row>, samePadded(id))
                  // Scope IDs unique too, as in every collection.
                  .map(([scope, unitId]) => ({ ...scope, id: `scope-${index}`, unitId })),
              ),
            ),
          ),
          ...Object.fromEntries(Object.entries(collections).map(([name, item]) => [name, records(item)])),
        },
        // `units` may be left out only when there are none: the records name them.
        { requiredKeys: unitList.length > 0 ? ["units"] : [] },
      )
      .chain(withKnownStreetReports);
  });
})();

/** Each receipt's street report one of the dataset's (padded differently), or none when there is none. */
function withKnownStreetReports(dataset: Row): fc.Arbitrary<Row> {
  const receipts = (dataset.receipts as Row[] | undefined) ?? [];
  const reports = ((dataset.streetReports as Row[] | undefined) ?? []).map((r) => String(r.id));
  if (receipts.length === 0) return fc.constant(dataset);
  const reportId =
    reports.length === 0
      ? fc.constant(undefined)
      : fc.option(fc.constantFrom(...reports).chain(samePadded), { nil: undefined });
  return fc
    .tuple(
      ...receipts.map((receipt) =>
        reportId.map((id) =>
          id === undefined ? without(receipt, "streetReportId") : { ...receipt, streetReportId: id },
        ),
      ),
    )
    .map((list) => ({ ...dataset, receipts: list }));
}

/** The lists of a `UnitDataset`, each with its own valid and mutated values. */
export const unitDatasetLists: Fields = { units: listOf(Unit), unitScopes: listOf(UnitScope) };
for (const [name, item] of Object.entries(collections)) unitDatasetLists[name] = listOf(item, 2);

/**
 * A dataset with the unit programme's lists (a `UnitDataset`, an
 * `AuditDataset`) and its cross-record checks: `valid` values of it, and
 * mutations of their lists (`fields`) and of the records' references.
 */
export function unitCheckedDataset(valid: fc.Arbitrary<Row>, fields: Fields): Case {
  const withUnits = valid.filter((dataset) => ((dataset.units as Row[] | undefined) ?? []).length > 0);
  const changeUnit = (change: (unit: Row, units: Row[]) => Row[]) =>
    fc.tuple(withUnits, fc.nat()).map(([dataset, at]) => changeOneRecord(dataset, ["units"], at, change));
  return {
    valid,
    mutated: fc.oneof(
      { arbitrary: objectCase({ required: {}, defaulted: fields }, valid).mutated, weight: 4 },
      // A unit twice; a parent nobody knows; a unit its own parent; two units each other's parent.
      { arbitrary: changeUnit((unit, list) => [...list, { ...unit, id: `${unit.id}\t` }]), weight: 1 },
      {
        arbitrary: fc
          .tuple(withUnits, recordId.valid, fc.nat())
          .map(([dataset, other, at]) =>
            changeOneRecord(dataset, ["units"], at, (unit, list) =>
              list.map((u) => (u === unit ? { ...u, parentUnitId: other } : u)),
            ),
          ),
        weight: 1,
      },
      {
        arbitrary: changeUnit((unit, list) =>
          list.map((u) => (u === unit ? { ...u, parentUnitId: unit.id } : u)),
        ),
        weight: 1,
      },
      {
        arbitrary: changeUnit((unit, list) => {
          const other = list.find((u) => u !== unit) ?? unit;
          return list.map((u) =>
            u === unit ? { ...u, parentUnitId: other.id } : u === other ? { ...u, parentUnitId: unit.id } : u,
          );
        }),
        weight: 1,
      },
      // A second scope for a unit; a scope or a record naming an unknown unit; a duplicate record id.
      {
        arbitrary: fc
          .tuple(valid, fc.nat())
          .map(([dataset, at]) =>
            changeOneRecord(dataset, ["unitScopes"], at, (scope, list) => [...list, scope]),
          ),
        weight: 1,
      },
      {
        arbitrary: fc
          .tuple(valid, recordId.valid, fc.nat())
          .map(([dataset, other, at]) =>
            changeOneRecord(dataset, ["unitScopes", ...collectionNames], at, (record, list) =>
              list.map((r) => (r === record ? { ...r, unitId: other } : r)),
            ),
          ),
        weight: 1,
      },
      {
        arbitrary: fc
          .tuple(valid, fc.nat())
          .map(([dataset, at]) =>
            changeOneRecord(dataset, collectionNames, at, (record, list) => [
              ...list,
              { ...record, id: `${record.id} ` },
            ]),
          ),
        weight: 1,
      },
    ),
  };
}

const UnitDataset = unitCheckedDataset(unitDatasetValid, unitDatasetLists);

export const unitCases: Record<string, Case> = {
  UnitActivityKind,
  JointMeetingBody: JointMeetingBodyCase,
  UnitActivityRecordField: UnitActivityRecordFieldCase,
  UnitOnlineRecord,
  UnitActivity,
  UnitCommunityDesignation,
  InquiryRespondentKind: InquiryRespondentKindCase,
  UnitInquiryAnswer,
  UnitPairing,
  UnitReceiptRecipient: UnitReceiptRecipientCase,
  UnitReceipt,
  UnitScope,
  UnitStreetReport,
  UnitListKind: UnitListKindCase,
  UnitListItem,
  UnitList,
  UnitRecords,
  UnitDataset,
};
