import type { Member } from "../model/member";
import { InputError, type InputIssue } from "../model/validate";

/**
 * A spot-check draw stratified by branch needs the branch of every member it
 * draws from (in service and in scope on the sampling date). A member may
 * have no branch (`branchId` is optional), so the request is refused here,
 * located at each such member, instead of failing inside the draw.
 */
export function checkBranchesForDraw(
  members: readonly Member[],
  spotCheck: { stratifyBy?: string | undefined; samplingDate: string },
): void {
  if (spotCheck.stratifyBy !== "branch") return;
  const issues: InputIssue[] = [];
  members.forEach((member, index) => {
    const drawnFrom =
      member.inService && (member.inScopeFrom === undefined || member.inScopeFrom <= spotCheck.samplingDate);
    if (!drawnFrom || member.branchId !== undefined) return;
    issues.push({
      path: `members[${index}].branchId`,
      code: "invalid-value",
      kind: "members",
      index,
      field: "branchId",
      message: `member ${member.id} has no branch, but the spot check is drawn by branch (stratifyBy "branch"); give the branch or draw unstratified`,
      zh: `党员 ${member.id} 没有所在支部，而抽查按支部分层（stratifyBy "branch"）；请填写支部或不分层抽取`,
    });
  });
  if (issues.length > 0) throw new InputError("assessDataset options", issues);
}
