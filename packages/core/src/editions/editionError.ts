/** One reason an edition or overlay was refused. */
export interface EditionProblem {
  /** Parameter path, e.g. `member.reportDeadline`, or the field of the edition. */
  path: string;
  message: string;
}

/** Thrown when an edition or overlay is invalid or loosens its parent. Lists every problem at once. */
export class EditionError extends Error {
  readonly editionId: string;
  readonly problems: readonly EditionProblem[];

  constructor(editionId: string, problems: readonly EditionProblem[]) {
    super(
      `Edition ${JSON.stringify(editionId)} is invalid:\n${problems.map((p) => `- ${p.path}: ${p.message}`).join("\n")}`,
    );
    this.name = "EditionError";
    this.editionId = editionId;
    this.problems = problems;
  }
}
