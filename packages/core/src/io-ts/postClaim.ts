import type * as t from "io-ts";
import * as zod from "../model/postClaim";
import { bound, closedObject, integer, withCheck } from "./codec";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** A code of the 备选志愿服务岗位目录 (1–15; 15 is 其他 and needs a description). */
export const PostCode = integer(
  "PostCode",
  bound(zod.PostCode.minValue, "PostCode minimum"),
  bound(zod.PostCode.maxValue, "PostCode maximum"),
);
export type PostCode = t.TypeOf<typeof PostCode>;

/** A member claiming a volunteer post; post 15 (其他) must say what the post is. */
export const PostClaim = withCheck(
  closedObject(
    "PostClaim",
    { id: RecordId, memberId: RecordId, postCode: PostCode },
    { otherText: NonEmptyText, date: CalendarDate },
  ),
  (claim) =>
    claim.postCode === 15 && claim.otherText === undefined
      ? [{ path: ["otherText"], message: "post 15 (其他) needs a description of the post" }]
      : [],
);
export type PostClaim = t.TypeOf<typeof PostClaim>;
