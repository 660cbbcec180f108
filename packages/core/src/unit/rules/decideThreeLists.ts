import { fromDayNumber, toDayNumber } from "../../calendar/dayNumber";
import type { UnitListKind } from "../../model/unitThreeLists";
import type { Verdict } from "../../model/verdict";
import type { UnitContext } from "../unitContext";
import { dutySeverity, unitVerdict } from "../unitVerdict";

const LIST_NAMES: Record<UnitListKind, { zh: string; en: string }> = {
  resources: { zh: "资源清单", en: "resource list" },
  needs: { zh: "需求清单", en: "needs list" },
  projects: { zh: "项目清单", en: "project list" },
};
const KINDS: readonly UnitListKind[] = ["resources", "needs", "projects"];

/**
 * `U-THREE-LISTS` (ZZ47-GJ 一): the unit keeps a resource list and a needs
 * list, and agrees a project list with the community, each project with a
 * project agreement (`unit.projectsNeedAgreement`). The latest list of each
 * kind on or before the year's end stands (lists are kept, not redrawn each
 * year). A missing or empty list, or a project without an agreement, is a
 * warning: pending while the year is open, unmet at its end.
 */
export function decideThreeLists(ctx: UnitContext): Verdict {
  const lists = ctx.lists.filter((l) => l.day <= ctx.cutoff);
  const latest = new Map(KINDS.map((kind) => [kind, lists.filter((l) => l.record.kind === kind).at(-1)]));
  const missing = KINDS.filter((kind) => (latest.get(kind)?.record.items.length ?? 0) === 0);
  const projects = latest.get("projects")?.record.items ?? [];
  const withoutAgreement = ctx.params.projectsNeedAgreement
    ? projects
        .filter((p) => p.agreementDate === undefined || toDayNumber(p.agreementDate) > ctx.cutoff)
        .map((p) => p.title)
    : [];
  const severity = dutySeverity(ctx, "U-THREE-LISTS");
  const standing = KINDS.map((kind) => latest.get(kind)).filter((l) => l !== undefined);
  const facts = {
    missingLists: missing,
    projectsWithoutAgreement: withoutAgreement,
    projectsNeedAgreement: ctx.params.projectsNeedAgreement,
    listDates: standing.map((l) => `${l.record.kind}:${fromDayNumber(l.day)}`),
  };
  const recordIds = standing.map((l) => l.record.id);
  if (missing.length === 0 && withoutAgreement.length === 0) {
    return unitVerdict(ctx, "U-THREE-LISTS", {
      status: "met",
      severity,
      recordIds,
      facts,
      explanation: {
        zh: `资源、需求、项目“三个清单”均已建立${ctx.params.projectsNeedAgreement ? "，项目均已签定合作协议" : ""}。`,
        en: `The resource, needs and project lists are all in place${ctx.params.projectsNeedAgreement ? ", each project with its agreement" : ""}.`,
      },
    });
  }
  const problems = {
    zh: [
      ...(missing.length > 0 ? [`缺${missing.map((k) => LIST_NAMES[k].zh).join("、")}`] : []),
      ...(withoutAgreement.length > 0 ? [`项目未签定合作协议：${withoutAgreement.join("、")}`] : []),
    ].join("；"),
    en: [
      ...(missing.length > 0 ? [`no ${missing.map((k) => LIST_NAMES[k].en).join(", ")}`] : []),
      ...(withoutAgreement.length > 0
        ? [`projects without an agreement: ${withoutAgreement.join(", ")}`]
        : []),
    ].join("; "),
  };
  const reason = missing.length > 0 ? "missing-list" : "project-without-agreement";
  const yearEnd = fromDayNumber(ctx.yearLast);
  const fix = {
    by: yearEnd,
    zh: `${yearEnd} 前${missing.length > 0 ? `建立${missing.map((k) => LIST_NAMES[k].zh).join("、")}` : ""}${missing.length > 0 && withoutAgreement.length > 0 ? "，并" : ""}${withoutAgreement.length > 0 ? "与社区签定项目合作协议" : ""}`,
    en: [
      ...(missing.length > 0 ? [`draw up the ${missing.map((k) => LIST_NAMES[k].en).join(", ")}`] : []),
      ...(withoutAgreement.length > 0 ? ["sign the project agreements with the community"] : []),
    ]
      .join(" and ")
      .concat(` by ${yearEnd}`),
  };
  if (ctx.yearOpen) {
    return unitVerdict(ctx, "U-THREE-LISTS", {
      due: yearEnd,
      status: "pending",
      reason,
      provisional: true,
      severity,
      recordIds,
      facts,
      explanation: {
        zh: `“三个清单”尚不完整：${problems.zh}。`,
        en: `The three lists are not complete yet: ${problems.en}.`,
      },
      fix,
    });
  }
  return unitVerdict(ctx, "U-THREE-LISTS", {
    due: yearEnd,
    status: "unmet",
    reason,
    severity,
    recordIds,
    facts,
    explanation: {
      zh: `截至 ${yearEnd}“三个清单”不完整：${problems.zh}。`,
      en: `By ${yearEnd} the three lists are incomplete: ${problems.en}.`,
    },
  });
}
