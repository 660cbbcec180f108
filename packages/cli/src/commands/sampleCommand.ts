import { writeFile } from "node:fs/promises";
import {
  type AuditDataset,
  drawMemberSample,
  type Edition,
  getEdition,
  type MemberSample,
  spotCheckPopulation,
  verifyMemberSample,
} from "@shuangbaodao/core";
import { FileProblem } from "../cliError";
import type { CliIo } from "../cliIo";
import { knownUnitsText } from "../knownUnitsText";
import type { Lang } from "../lang";
import { dateOption, editionOption, yearOption } from "../options";
import { checkOutputTarget } from "../outputTarget";
import { type ReadAllowances, readDataset } from "../readDataset";
import { readSampleFile } from "../readSampleFile";
import { formatSampleVerification } from "../sampleVerificationText";
import { subjectNames, withName } from "../subjectNames";
import { EXIT, UsageError } from "../usageError";
import { writeAtomically } from "../writeAtomically";

export interface SampleArgs {
  action?: string;
  workbook?: string;
  sampleFile?: string;
  unit?: string;
  year?: string;
  edition?: string;
  seed?: string;
  samplingDate?: string;
  stratify?: string;
  mustVisit?: string;
  out?: string;
  force: boolean;
  json: boolean;
  allow: ReadAllowances;
}

/** The unit's spot-check population; a unit the workbook does not have, or one with nobody to draw, is refused. */
function populationOf(dataset: AuditDataset, unitId: string, names: ReadonlyMap<string, string>) {
  if (!dataset.units.some((unit) => unit.id === unitId)) {
    const known = knownUnitsText(
      unitId,
      dataset.units.map((unit) => unit.id),
      names,
    );
    throw new FileProblem({
      zh: `工作簿中没有单位 ${unitId}（已有：${known.zh}）`,
      en: `the workbook has no unit ${unitId} (it has: ${known.en})`,
    });
  }
  const population = spotCheckPopulation(dataset, unitId);
  if (population.length === 0)
    throw new FileProblem({
      zh: `单位 ${withName(unitId, names)} 没有在报到范围内的党员，无从抽取`,
      en: `unit ${withName(unitId, names)} has no member in scope to draw from`,
    });
  return population;
}

/** The edition a recorded sample was drawn under, unless `--edition` names another (which verify then reports). */
function editionOfSample(sample: MemberSample, file: string, option: string | undefined): Edition {
  if (option !== undefined) return editionOption(option);
  try {
    return getEdition(sample.edition.id);
  } catch {
    throw new FileProblem({
      zh: `抽样结果 ${file} 记录的版本 ${sample.edition.id} 不是本工具所带的版本（见 shuangbaodao editions）`,
      en: `the sample ${file} names edition ${sample.edition.id}, which this tool does not ship (see shuangbaodao editions)`,
    });
  }
}

/** A drawn sample for the console: who is to be visited, by ID and name. */
function formatDraw(sample: MemberSample, names: ReadonlyMap<string, string>, lang: Lang): string {
  const unit = withName(sample.organisationId, names);
  const visit = [...sample.mustVisit, ...sample.drawn].map((id) => `  ${withName(id, names)}`);
  const head =
    lang === "zh"
      ? `${unit}：在册 ${sample.populationSize} 人，应抽 ${sample.requiredSize} 人（${sample.edition.id}，种子 ${JSON.stringify(sample.seed)}）。走访名单：`
      : `${unit}: ${sample.populationSize} in scope, ${sample.requiredSize} to visit (${sample.edition.id}, seed ${JSON.stringify(sample.seed)}). To visit:`;
  return `${[head, ...visit].join("\n")}\n`;
}

/**
 * `shuangbaodao sample draw <workbook> --unit --year --seed --sampling-date [--stratify branch] [--out sample.json]`
 * draws one unit's field-visit sample (M-SPOTCHECK-20); `sample verify <workbook> <sample.json>`
 * re-derives it from the same workbook, under the edition the sample records, and says whether it matches.
 */
export async function sampleCommand(io: CliIo, lang: Lang, args: SampleArgs): Promise<number> {
  if (args.action !== "draw" && args.action !== "verify")
    throw new UsageError({ zh: "sample 后应为 draw 或 verify", en: "sample needs draw or verify" });
  if (!args.workbook)
    throw new UsageError({
      zh: `sample ${args.action} 需要工作簿`,
      en: `sample ${args.action} needs a workbook`,
    });
  if (args.action === "verify") {
    if (!args.sampleFile)
      throw new UsageError({
        zh: "sample verify 需要抽样结果文件：sample verify 记录.xlsx sample.json",
        en: "sample verify needs the sample file: sample verify records.xlsx sample.json",
      });
    const sample = readSampleFile(io, args.sampleFile);
    const edition = editionOfSample(sample, args.sampleFile, args.edition);
    const read = await readDataset(io, args.workbook, lang, args.allow);
    if (!read.ok) {
      io.stderr(read.errors);
      return EXIT.inputErrors;
    }
    const names = subjectNames(read.dataset);
    const request = {
      organisationId: sample.organisationId,
      year: sample.year,
      samplingDate: sample.samplingDate,
      seed: sample.seed,
      population: populationOf(read.dataset, sample.organisationId, names),
      options: sample.options,
    };
    const verification = verifyMemberSample(sample, request, edition);
    io.stdout(
      args.json
        ? `${JSON.stringify(verification, null, 2)}\n`
        : formatSampleVerification(verification, args.sampleFile, lang),
    );
    return verification.ok ? EXIT.done : EXIT.inputErrors;
  }
  const edition = editionOption(args.edition);
  if (!args.unit)
    throw new UsageError({
      zh: "sample draw 需要 --unit（被抽查党员所在单位）",
      en: "sample draw needs --unit (the organisation whose members are sampled)",
    });
  if (!args.seed)
    throw new UsageError({
      zh: "sample draw 需要 --seed（如何选取见 docs/sampling.md）",
      en: "sample draw needs --seed (see docs/sampling.md on choosing one)",
    });
  const samplingDate = dateOption("sampling-date", args.samplingDate);
  if (!samplingDate)
    throw new UsageError({ zh: "sample draw 需要 --sampling-date", en: "sample draw needs --sampling-date" });
  const year = yearOption(args.year);
  const out =
    args.out === undefined
      ? undefined
      : checkOutputTarget(io, args.out, { force: args.force, inputs: [args.workbook] });
  const read = await readDataset(io, args.workbook, lang, args.allow);
  if (!read.ok) {
    io.stderr(read.errors);
    return EXIT.inputErrors;
  }
  const names = subjectNames(read.dataset);
  const sample = drawMemberSample(
    {
      organisationId: args.unit,
      year,
      samplingDate,
      seed: args.seed,
      population: populationOf(read.dataset, args.unit, names),
      options: {
        stratifyBy: args.stratify === "branch" ? "branch" : "none",
        mustVisit: args.mustVisit ? args.mustVisit.split(",").map((s) => s.trim()) : [],
      },
    },
    edition,
  );
  const json = `${JSON.stringify(sample, null, 2)}\n`;
  if (out) {
    await writeAtomically(out, (partial) => writeFile(partial, json));
    io.stderr(lang === "zh" ? `抽样结果已写入：${out}\n` : `Sample written: ${out}\n`);
  }
  io.stdout(args.json ? json : formatDraw(sample, names, lang));
  return EXIT.done;
}
