// The bundled example: a generated but realistic year of 双报到 records of the
// Zhengzhou Health Commission (郑州市卫生健康委员会) following the ZWJ31 timeline:
// subordinate units' receipts by 2019-10-18, members' reports by 2019-10-25,
// the statistics table by 2019-11-10. Deterministic: the same records every run.
import type { DatasetInput, UnitDatasetInput, VisitInput } from "@shuangbaodao/core";

/** A small, well-known PRNG (mulberry32), seeded, so the example never changes by accident. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const COMMUNITIES = [
  {
    communityId: "c-jinshui-fengqing",
    communityName: "丰庆路社区",
    district: "金水区",
    streetId: "s-jinshui-fengchan",
  },
  {
    communityId: "c-jinshui-wenhua",
    communityName: "文化路社区",
    district: "金水区",
    streetId: "s-jinshui-wenhua",
  },
  {
    communityId: "c-jinshui-jingqi",
    communityName: "经七路社区",
    district: "金水区",
    streetId: "s-jinshui-jingba",
  },
  {
    communityId: "c-erqi-jiefang",
    communityName: "解放路社区",
    district: "二七区",
    streetId: "s-erqi-jiefang",
  },
  { communityId: "c-erqi-dehua", communityName: "德化街社区", district: "二七区", streetId: "s-erqi-dehua" },
  {
    communityId: "c-zhongyuan-jianshe",
    communityName: "建设路社区",
    district: "中原区",
    streetId: "s-zhongyuan-jianshe",
  },
  {
    communityId: "c-guancheng-dongda",
    communityName: "东大街社区",
    district: "管城回族区",
    streetId: "s-guancheng-dongda",
  },
  {
    communityId: "c-huiji-xincheng",
    communityName: "新城社区",
    district: "惠济区",
    streetId: "s-huiji-xincheng",
  },
];

const UNITS = [
  {
    id: "u-wjw",
    name: "郑州市卫生健康委员会机关",
    statsTableSubmittedOn: "2019-11-08",
    street: "s-jinshui-wenhua",
    community: "c-jinshui-wenhua",
  },
  {
    id: "u-hospital",
    name: "郑州市中心医院",
    statsTableSubmittedOn: "2019-11-06",
    parentUnitId: "u-wjw",
    street: "s-zhongyuan-jianshe",
    community: "c-zhongyuan-jianshe",
  },
  {
    id: "u-cdc",
    name: "郑州市疾病预防控制中心",
    statsTableSubmittedOn: "2019-11-10",
    parentUnitId: "u-wjw",
    street: "s-jinshui-jingba",
    community: "c-jinshui-jingqi",
  },
  {
    id: "u-supervision",
    name: "郑州市卫生健康监督所",
    // Two days after ZWJ31's 11-10: the example's late statistics table.
    statsTableSubmittedOn: "2019-11-12",
    parentUnitId: "u-wjw",
    street: "s-erqi-dehua",
    community: "c-erqi-dehua",
  },
];

const BRANCHES = [
  { id: "b-wjw-1", unitId: "u-wjw", name: "委机关第一支部" },
  { id: "b-wjw-2", unitId: "u-wjw", name: "委机关第二支部" },
  { id: "b-hospital", unitId: "u-hospital", name: "市中心医院机关支部" },
  { id: "b-cdc", unitId: "u-cdc", name: "市疾控中心支部" },
  { id: "b-supervision", unitId: "u-supervision", name: "市卫生健康监督所支部" },
];

const SURNAMES =
  "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢".split(
    "",
  );
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅玉兰文斌宇浩凯鹏辉婷雪琳晨阳".split(
  "",
);

const pad = (n: number) => String(n).padStart(3, "0");
const day = (month: number, d: number) =>
  `2019-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

export interface ExampleRecords {
  dataset: DatasetInput;
  unitDataset: UnitDatasetInput;
  visits: VisitInput[];
}

/**
 * 150 members in 5 branches of 4 units. Besides the ordinary cases the year
 * holds every case an auditor should see: late and missing reports, a move
 * with and without re-report, services outside the registered community and
 * with unit resources, pending and verified negative feedback, cadre
 * candidates, and units that miss a month or a quarter.
 */
export function exampleRecords(): ExampleRecords {
  const random = prng(20191009);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const dataset: Required<Omit<DatasetInput, "units" | "organisations">> &
    Pick<DatasetInput, "units" | "organisations"> = {
    units: UNITS.map(({ id, name, parentUnitId, statsTableSubmittedOn }) => ({
      id,
      name,
      ...(parentUnitId && { parentUnitId }),
      statsTableSubmittedOn,
    })),
    organisations: [
      { id: "o-wjw", unitId: "u-wjw", name: "市卫健委直属机关委员会", kind: "机关党委" },
      ...BRANCHES.map((b) => ({
        id: b.id,
        unitId: b.unitId,
        name: b.name,
        kind: "支部" as const,
        parentOrganisationId: "o-wjw",
      })),
    ],
    members: [],
    residences: [],
    reports: [],
    postClaims: [],
    services: [],
    communityEvents: [],
    attendances: [],
    feedback: [],
    selfReports: [],
  };

  for (const community of COMMUNITIES) {
    dataset.communityEvents.push({
      id: `ev-${community.communityId}-election`,
      communityId: community.communityId,
      date: day(11, between(5, 25)),
      kind: "committee-election",
      title: `${community.communityName}居委会换届选举`,
    });
    dataset.communityEvents.push({
      id: `ev-${community.communityId}-plan`,
      communityId: community.communityId,
      date: day(12, between(2, 20)),
      kind: "major-arrangement",
      title: `${community.communityName}党组织2020年工作安排征求意见`,
    });
  }

  for (let i = 1; i <= 150; i++) {
    const id = `m-${pad(i)}`;
    const branch = BRANCHES[(i - 1) % BRANCHES.length] as (typeof BRANCHES)[number];
    const home = pick(COMMUNITIES);
    const inService = i % 50 !== 0; // three members retired: out of scope
    dataset.members.push({
      id,
      name: `${pick(SURNAMES)}${pick(GIVEN)}${random() < 0.5 ? pick(GIVEN) : ""}`,
      unitId: branch.unitId,
      branchId: branch.id,
      inService,
      ...(i % 37 === 0 && { cadreCandidateYears: [2019] }),
      ...(i === 149 && { inScopeFrom: "2019-11-18" }), // transferred in: reports within a month of that
    });
    dataset.residences.push({
      id: `r-${pad(i)}`,
      memberId: id,
      ...strip(home),
      from: `20${between(10, 18)}-0${between(1, 9)}-01`,
    });

    // Reporting: most on time (by 10-25), some late, a few never.
    const roll = random();
    const reportDate =
      roll < 0.82 ? day(10, between(9, 25)) : roll < 0.94 ? day(between(10, 11), between(26, 28)) : undefined;
    if (reportDate) {
      dataset.reports.push({
        id: `rep-${pad(i)}`,
        memberId: id,
        date: reportDate,
        communityId: home.communityId,
        ...(random() < 0.9 && { receiptHandedInOn: reportDate }),
      });
      const posts = random() < 0.85 ? 1 : 2;
      for (let p = 0; p < posts; p++) {
        const postCode = random() < 0.04 ? 15 : between(1, 14);
        dataset.postClaims.push({
          id: `pc-${pad(i)}-${p + 1}`,
          memberId: id,
          postCode,
          ...(postCode === 15 && { otherText: "社区健康讲座组织" }),
          date: reportDate,
        });
      }
    }

    // Services after reporting: 0–4, now and then outside the registered community or with unit resources.
    // Most members serve two to four times; some once, a few never.
    const serviceRoll = random();
    const services = !reportDate
      ? between(0, 1)
      : serviceRoll < 0.86
        ? between(2, 4)
        : serviceRoll < 0.95
          ? 1
          : 0;
    for (let s = 0; s < services; s++) {
      const elsewhere = random() < 0.07;
      dataset.services.push({
        id: `sv-${pad(i)}-${s + 1}`,
        memberId: id,
        date: `${day(between(10, 12), between(1, 28))}T${String(between(8, 18)).padStart(2, "0")}:30:00+08:00`,
        communityId: elsewhere ? pick(COMMUNITIES.filter((c) => c !== home)).communityId : home.communityId,
        postCode: between(1, 14),
        content: pick([
          "义诊",
          "健康知识讲座",
          "环境整治",
          "垃圾分类宣传",
          "政策宣讲",
          "法律咨询",
          "陪伴阅读",
        ]),
        usedUnitResources: random() < 0.03,
      });
    }

    for (const event of dataset.communityEvents.filter((e) => e.communityId === home.communityId)) {
      if (random() < 0.7)
        dataset.attendances.push({ id: `at-${pad(i)}-${event.id}`, eventId: event.id, memberId: id });
    }
    if (random() < 0.88) {
      dataset.selfReports.push({
        id: `sr-${pad(i)}`,
        memberId: id,
        year: 2019,
        reportedToOrganisation: true,
        explainedAtLifeMeeting: random() < 0.9,
        date: day(12, between(20, 30)),
      });
    }
  }

  // The cases an auditor must see, on named members.
  const move = (memberId: string, community: (typeof COMMUNITIES)[number], from: string) =>
    dataset.residences.push({ id: `r-${memberId}-moved`, memberId, ...strip(community), from });
  const reReport = (memberId: string, community: (typeof COMMUNITIES)[number], date: string) =>
    dataset.reports.push({ id: `rep-${memberId}-new`, memberId, date, communityId: community.communityId });
  const firstReport = (memberId: string) => dataset.reports.find((r) => r.memberId === memberId);
  for (const [memberId, from, reReported] of [
    ["m-011", "2019-11-04", "2019-11-20"], // moved and re-reported within the month
    ["m-012", "2019-11-08", undefined], // moved and never re-reported
    ["m-013", "2019-10-31", "2019-12-06"], // 10-31 + 1 month = 11-30: re-reported late
  ] as const) {
    const home = residenceOf(dataset, memberId);
    // The first report stands on time in the old home, so the move is what the example shows.
    const first = firstReport(memberId);
    if (first) Object.assign(first, { date: "2019-10-15", communityId: home });
    else dataset.reports.push({ id: `rep-${memberId}`, memberId, date: "2019-10-15", communityId: home });
    const community = COMMUNITIES.find((c) => c.communityId !== home) as (typeof COMMUNITIES)[number];
    move(memberId, community, from);
    if (reReported) reReport(memberId, community, reReported);
  }
  // A cadre candidate who never served this year: the candidacy is cancelled (M-CADRE-BAR).
  dataset.services = dataset.services.filter((service) => service.memberId !== "m-074");
  // The candidate under a pending investigation (fb-002) has otherwise done everything: the bar is provisional.
  for (const date of ["2019-11-10", "2019-12-08"]) {
    dataset.services.push({
      id: `sv-m-037-${date}`,
      memberId: "m-037",
      date,
      communityId: residenceOf(dataset, "m-037"),
      postCode: 8,
      content: "社区义诊",
    });
  }
  dataset.feedback.push(
    {
      id: "fb-001",
      memberId: "m-021",
      date: "2019-11-20",
      kind: "negative",
      area: "family-virtue",
      status: "verified",
      statusDate: "2019-12-10",
      note: "邻里纠纷中辱骂他人，经社区调查属实",
    },
    {
      id: "fb-002",
      memberId: "m-037",
      date: "2019-12-05",
      kind: "negative",
      area: "social-morality",
      status: "pending",
      note: "反映其占用消防通道停车，调查中",
    },
    {
      id: "fb-003",
      memberId: "m-044",
      date: "2019-11-02",
      kind: "negative",
      area: "social-morality",
      status: "unfounded",
      statusDate: "2019-11-20",
    },
    {
      id: "fb-004",
      memberId: "m-052",
      date: "2019-12-12",
      kind: "outstanding",
      area: "social-morality",
      status: "verified",
      note: "疫苗接种宣传表现突出",
    },
  );

  return { dataset, unitDataset: unitRecords(random, between), visits: visits(dataset, between) };
}

function strip(community: (typeof COMMUNITIES)[number]) {
  const { communityId, communityName, district } = community;
  return { communityId, communityName, district };
}

function residenceOf(
  dataset: { residences: { memberId: string; communityId: string }[] },
  memberId: string,
): string {
  return dataset.residences.find((r) => r.memberId === memberId)?.communityId ?? "";
}

/** The four units' co-building year: one misses November's volunteer service, one the Q4 meeting, one hands in its receipt late. */
function unitRecords(random: () => number, between: (min: number, max: number) => number): UnitDatasetInput {
  const records: Required<UnitDatasetInput> = {
    units: UNITS.map(({ id, name, parentUnitId, statsTableSubmittedOn }) => ({
      id,
      name,
      ...(parentUnitId && { parentUnitId }),
      statsTableSubmittedOn,
    })),
    unitScopes: [],
    streetReports: [],
    designations: [],
    pairings: [],
    receipts: [],
    activities: [],
    lists: [],
    inquiryAnswers: [],
  };
  for (const unit of UNITS) {
    const community = COMMUNITIES.find(
      (c) => c.communityId === unit.community,
    ) as (typeof COMMUNITIES)[number];
    const reported = day(10, between(8, 12));
    records.streetReports.push({
      id: `sr-${unit.id}`,
      unitId: unit.id,
      streetId: unit.street,
      date: reported,
    });
    records.designations.push({
      id: `dg-${unit.id}`,
      unitId: unit.id,
      streetId: unit.street,
      communityId: community.communityId,
      communityName: community.communityName,
      date: day(10, 14),
    });
    records.pairings.push({
      id: `pa-${unit.id}`,
      unitId: unit.id,
      communityId: community.communityId,
      agreementDate: day(10, 16),
      agreementTitle: "共驻共建协议",
    });
    records.receipts.push({
      id: `rc-${unit.id}`,
      unitId: unit.id,
      streetReportId: `sr-${unit.id}`,
      handedInOn: unit.id === "u-supervision" ? "2019-10-21" : day(10, between(15, 18)),
      recipient: unit.parentUnitId ? "机关党委" : "工委",
    });
    for (const kind of ["resources", "needs", "projects"] as const) {
      if (unit.id === "u-cdc" && kind === "needs") continue; // one unit never drew up its needs list
      records.lists.push({
        id: `ls-${unit.id}-${kind}`,
        unitId: unit.id,
        kind,
        date: day(10, 20),
        items: [
          {
            title: kind === "projects" ? "社区健康小屋共建" : kind === "needs" ? "活动场地" : "义诊医护人员",
            ...(kind === "projects" && { agreementDate: "2019-10-28" }),
          },
        ],
      });
    }
    const activity = (
      kind: "joint-meeting" | "themed-party-day" | "volunteer-service",
      date: string,
      n: number,
    ) => {
      // One record of the hospital is not signed and stamped: it does not count (U-RECORD-COMPLETE).
      const signed = !(unit.id === "u-hospital" && kind === "volunteer-service" && n === 10);
      records.activities.push({
        id: `ac-${unit.id}-${kind}-${n}`,
        unitId: unit.id,
        kind,
        date,
        place: `${community.communityName}党群服务中心`,
        project:
          kind === "volunteer-service"
            ? "健康义诊"
            : kind === "themed-party-day"
              ? "联合主题党日"
              : "联席会议",
        content: "按计划开展",
        participants: ["王伟", "李娜", "张敏"],
        signedAndStamped: signed,
        counterpartId: community.communityId,
        ...(kind === "joint-meeting" && {
          meetingBody: "community-joint-committee" as const,
          attendee: "机关党委专职副书记",
          attendeeRole: "专职副书记",
        }),
        online: { activityDate: date, kind, hasPicture: true, hasText: random() < 0.95, postedOn: date },
      });
    };
    for (const month of [10, 11, 12]) {
      if (unit.id === "u-cdc" && month === 11) continue; // misses a month
      activity("volunteer-service", day(month, between(5, 25)), month);
    }
    if (unit.id === "u-hospital") activity("volunteer-service", day(10, 26), 1010); // October's signed one
    if (unit.id !== "u-supervision") activity("joint-meeting", day(11, between(10, 20)), 4); // misses the quarter
    activity("themed-party-day", day(12, between(1, 15)), 2);
    records.inquiryAnswers.push({
      id: `iq-${unit.id}`,
      unitId: unit.id,
      year: 2019,
      respondentKind: "community",
      respondentId: community.communityId,
      date: "2019-12-27",
      reportsProblem: unit.id === "u-supervision",
      ...(unit.id === "u-supervision" && {
        status: "verified" as const,
        statusDate: "2019-12-30",
        note: "共建活动流于形式，经核实属实",
      }),
    });
  }
  return records;
}

/** The organisation's checks on its members: phone, letter and field visits. */
function visits(
  dataset: { members: { id: string }[] },
  between: (min: number, max: number) => number,
): VisitInput[] {
  return dataset.members
    .filter((_, i) => i % 6 === 0)
    .map((member, i) => ({
      id: `vi-${member.id}`,
      memberId: member.id,
      date: day(12, between(1, 28)),
      kind: i % 4 === 0 ? ("phone" as const) : i % 7 === 0 ? ("letter" as const) : ("field-visit" as const),
    }));
}
