import { writeAuditReport } from "@shuangbaodao/excel";
import { auditSummary } from "../auditSummary";
import type { CliIo } from "../cliIo";
import { writeJson } from "../jsonPieces";
import type { Lang } from "../lang";
import { MemberSpill } from "../memberSpill";
import { dateOption, editionOption, yearOption } from "../options";
import { checkOutputTarget } from "../outputTarget";
import { formatSummary } from "../printSummary";
import { progressBar } from "../progressBar";
import { type ReadAllowances, readWorkbookInto } from "../readDataset";
import { streamedAssessment } from "../streamedAssessment";
import { addSubjectName } from "../subjectNames";
import { EXIT, UsageError } from "../usageError";
import { writeAtomically } from "../writeAtomically";
import { writeFailure } from "../writeFailure";

export interface AssessArgs {
  workbook?: string;
  year?: string;
  edition?: string;
  asOf?: string;
  overdueSince?: string;
  out?: string;
  force: boolean;
  json: boolean;
  allow: ReadAllowances;
  seed?: string;
  samplingDate?: string;
  stratify?: string;
}

/** The options once checked, before any work. */
interface CheckedArgs {
  edition: ReturnType<typeof editionOption>;
  year: ReturnType<typeof yearOption>;
  asOf: string | undefined;
  overdueSince: string | undefined;
  samplingDate: string | undefined;
  out: string | undefined;
}

/**
 * `shuangbaodao assess <workbook> --year --edition [--as-of] [--out report.xlsx] [--json]`:
 * reads the workbook, runs every rule, prints the summary and writes the
 * explained report workbook.
 */
export async function assessCommand(io: CliIo, lang: Lang, args: AssessArgs): Promise<number> {
  if (!args.workbook)
    throw new UsageError({
      zh: "assess 需要工作簿：shuangbaodao assess 记录.xlsx --year 2019",
      en: "assess needs a workbook: shuangbaodao assess records.xlsx --year 2019",
    });
  const year = yearOption(args.year);
  const edition = editionOption(args.edition);
  const asOf = dateOption("as-of", args.asOf);
  const overdueSince = dateOption("overdue-since", args.overdueSince);
  const samplingDate = dateOption("sampling-date", args.samplingDate);
  if (overdueSince && !asOf)
    throw new UsageError({ zh: "--overdue-since 需要同时给出 --as-of", en: "--overdue-since needs --as-of" });
  if (args.stratify !== undefined && args.stratify !== "branch" && args.stratify !== "none") {
    throw new UsageError({
      zh: `--stratify 只能是 branch 或 none`,
      en: `--stratify must be branch or none, not ${JSON.stringify(args.stratify)}`,
    });
  }
  if (args.seed !== undefined && samplingDate === undefined)
    throw new UsageError({ zh: "--seed 需要同时给出 --sampling-date", en: "--seed needs --sampling-date" });
  const out =
    args.out === undefined
      ? undefined
      : checkOutputTarget(io, args.out, { force: args.force, inputs: [args.workbook] });

  // The members' records wait on disk, a partition at a time, not in memory; removed on every way out.
  const spill = new MemberSpill();
  try {
    return await assessSpilled(io, lang, { ...args, workbook: args.workbook }, spill, {
      edition,
      year,
      asOf,
      overdueSince,
      samplingDate,
      out,
    });
  } catch (error) {
    // The report's own file says its failures (writeAtomically); this is the spill's folder.
    throw (
      writeFailure(error, {
        zh: `无法写入临时文件夹「${spill.folder}」`,
        en: `could not write the temporary folder ${spill.folder}`,
        after: {
          zh: "临时文件已删除；可设置 TMPDIR 指向空间足够的文件夹",
          en: "its files are removed; TMPDIR can point to a folder with more room",
        },
      }) ?? error
    );
  } finally {
    spill.remove();
  }
}

async function assessSpilled(
  io: CliIo,
  lang: Lang,
  args: AssessArgs & { workbook: string },
  spill: MemberSpill,
  { edition, year, asOf, overdueSince, samplingDate, out }: CheckedArgs,
): Promise<number> {
  const names = new Map<string, string>();
  const read = await readWorkbookInto(io, args.workbook, lang, args.allow, (kind, record, index) => {
    addSubjectName(names, kind, record);
    spill.add(kind, record, index);
  });
  if (!read.ok) {
    io.stderr(read.errors);
    return EXIT.inputErrors;
  }
  // One bar a phase: reading (above), assessing (with the verdict sheet written as it goes), writing the rest.
  const assessing = progressBar(io, lang === "zh" ? "评估" : "assessing");
  const streamed = streamedAssessment(
    spill,
    edition,
    {
      year,
      ...(asOf && { asOf }),
      ...(overdueSince && { overdueSince }),
      ...(args.seed !== undefined &&
        samplingDate && {
          spotCheck: {
            seed: args.seed,
            samplingDate,
            stratifyBy: args.stratify === "branch" ? "branch" : "none",
          },
        }),
    },
    // The CLI prints and writes no organisation report: their lists of named members are not kept.
    { onMember: assessing.update, organisationReports: false },
  );
  if (out) {
    const writing = progressBar(io, lang === "zh" ? "写入" : "writing");
    await writeAtomically(out, (partial) =>
      writeAuditReport(partial, streamed, {
        names,
        sourceFile: args.workbook,
        onSheetWritten: (written, sheetCount) => {
          assessing.end();
          writing.update(written, sheetCount);
        },
      }),
    );
    writing.end();
  } else {
    for (const _verdict of streamed.verdicts);
  }
  assessing.end();
  const summary = auditSummary(streamed.result(), names);
  if (args.json) writeJson(io.stdout, summary);
  else io.stdout(formatSummary(summary, lang));
  if (out) io.stderr(lang === "zh" ? `报告已写入：${out}\n` : `Report written: ${out}\n`);
  return EXIT.done;
}
