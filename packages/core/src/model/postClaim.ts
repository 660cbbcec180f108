import { z } from "zod";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** A code of the 备选志愿服务岗位目录 (1–15; 15 is 其他 and needs a description). */
export const PostCode = z.number().int().min(1).max(15);
export type PostCode = z.infer<typeof PostCode>;

/** A member claiming a volunteer post (认领岗位, ZZ47-BD 二(二)). */
export const PostClaim = z
  .strictObject({
    id: RecordId,
    memberId: RecordId,
    postCode: PostCode,
    /** Required for code 15 (其他): what the post is. */
    otherText: NonEmptyText.optional(),
    date: CalendarDate.optional(),
  })
  .superRefine((claim, ctx) => {
    if (claim.postCode === 15 && claim.otherText === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["otherText"],
        message: "post 15 (其他) needs a description of the post",
      });
    }
  });
export type PostClaim = z.infer<typeof PostClaim>;
