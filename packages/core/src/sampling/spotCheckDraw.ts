import type { z } from "zod";
import { CalendarDate } from "../model/primitives";
import { MemberDrawRequest } from "./memberDrawRequest";
import { SamplingText } from "./samplingText";

/**
 * What `M-SPOTCHECK-20` is decided on besides the visits: the year's member
 * draw, or, without `seed` and `samplingDate`, only the organisation, the year
 * and its population, which is enough to count the visits (ZZ47-BD 三(三)
 * fixes the rate, not how the members to visit are chosen). Without a seed
 * nothing is drawn, `options` play no part, and the verdict's draw facts are
 * null; the population is then taken as it stood on the as-of day, or on
 * 12-31 of the year.
 */
export const SpotCheckDraw = MemberDrawRequest.extend({
  /** The draw's sampling date; leave out together with `seed` to count visits without a draw. */
  samplingDate: CalendarDate.optional(),
  /** The draw's public seed; leave out together with `samplingDate` to count visits without a draw. */
  seed: SamplingText.optional(),
});
export type SpotCheckDraw = z.infer<typeof SpotCheckDraw>;
export type SpotCheckDrawInput = z.input<typeof SpotCheckDraw>;
