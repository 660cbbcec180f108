import { z } from "zod";
import { toDayNumber, yearOfDay } from "../calendar/dayNumber";
import type { Edition } from "../editions/edition";
import { validate } from "../model/validate";
import { checkDrawHeader, checkMemberDrawOptions } from "./drawContext";
import { drawMemberSample } from "./drawMemberSample";
import type { MemberDrawRequestInput } from "./memberDrawRequest";
import type { MemberSample } from "./memberSample";
import { Visit, type VisitInput } from "./visit";

/**
 * A top-up draw: the members field-visited in the request's year up to its
 * sampling date count toward the size and are not drawn again; the rest of
 * the size is drawn as usual. The visited members are added to the request's
 * `alreadyVisited` option, so the top-up is recorded, replayed and verified
 * like any draw (`verifyMemberSample` with the same option).
 *
 * With the seed of the first draw and the same population, the top-up keeps
 * the first draw's rank order: it takes the lowest-ranked members not yet
 * visited, so those drawn first and not visited stay first in line.
 */
export function drawTopUpSample(
  request: MemberDrawRequestInput,
  visits: readonly VisitInput[],
  edition: Edition,
): MemberSample {
  const samplingDay = toDayNumber(checkDrawHeader(request));
  checkMemberDrawOptions(request);
  const visited = validate(z.array(Visit), visits, "visits")
    .filter((v) => v.kind === "field-visit")
    .filter((v) => {
      const day = toDayNumber(v.date);
      return yearOfDay(day) === request.year && day <= samplingDay;
    })
    .map((v) => v.memberId);
  return drawMemberSample(
    {
      ...request,
      options: {
        ...request.options,
        alreadyVisited: [...(request.options?.alreadyVisited ?? []), ...visited],
      },
    },
    edition,
  );
}
