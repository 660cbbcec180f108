import { fromDayNumber } from "../../calendar/dayNumber";
import type { ExcludedRecord } from "../../model/verdict";
import type { VolunteerService } from "../../model/volunteerService";
import { excludedRecord } from "../../rules/buildVerdict";
import { type Dated, type MemberContext, residenceOn } from "../memberContext";

/** The year's services, split into those that count toward `M-SERVICE-YEAR` and those set aside. */
export interface ServiceTally {
  inYear: Dated<VolunteerService>[];
  countable: Dated<VolunteerService>[];
  excluded: ExcludedRecord[];
}

/**
 * Sorts the year's services (up to the as-of date) into countable and set
 * aside: public power or unit resources used (ZZ47-BD 一(二)), or not in the
 * community the member lived in on the day (ZZ47-BD 二(二)), as the edition says.
 */
export function countableServices(ctx: MemberContext): ServiceTally {
  const cutoff = Math.min(ctx.asOf, ctx.yearLast);
  const inYear = ctx.services.filter((s) => s.day >= ctx.yearFirst && s.day <= cutoff);
  const countable: Dated<VolunteerService>[] = [];
  const excluded: ExcludedRecord[] = [];
  for (const service of inYear) {
    const { record, day } = service;
    if (record.usedPublicPower && ctx.params.excludeServiceUsingPublicPower) {
      excluded.push(
        excludedRecord(
          record.id,
          "used-public-power",
          "行使了公权力，不计入服务次数",
          "used public power, so it does not count",
        ),
      );
      continue;
    }
    if (record.usedUnitResources && ctx.params.excludeServiceUsingUnitResources) {
      excluded.push(
        excludedRecord(
          record.id,
          "used-unit-resources",
          "使用了单位资源，不计入服务次数",
          "used the unit's resources, so it does not count",
        ),
      );
      continue;
    }
    const home = residenceOn(ctx, day);
    if (ctx.params.serviceMustBeInResidenceCommunity && home?.record.communityId !== record.communityId) {
      const date = fromDayNumber(day);
      excluded.push(
        excludedRecord(
          record.id,
          "not-residence-community",
          `服务社区 ${record.communityId} 不是 ${date} 当天的居住地社区`,
          `served in ${record.communityId}, not in the community the member lived in on ${date}`,
        ),
      );
      continue;
    }
    countable.push(service);
  }
  return { inYear, countable, excluded };
}
