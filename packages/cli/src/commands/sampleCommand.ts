import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { drawMemberSample, MemberSample, spotCheckPopulation, verifyMemberSample } from "@shuangbaodao/core";
import type { CliIo } from "../cliIo";
import type { Lang } from "../lang";
import { dateOption, editionOption, yearOption } from "../options";
import { readDataset } from "../readDataset";
import { EXIT, UsageError } from "../usageError";

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
}

/**
 * `shuangbaodao sample draw <workbook> --unit --year --seed --sampling-date [--stratify branch] [--out sample.json]`
 * draws one unit's field-visit sample (M-SPOTCHECK-20); `sample verify <workbook> <sample.json>`
 * re-derives it from the same workbook and says whether it matches.
 */
export async function sampleCommand(io: CliIo, lang: Lang, args: SampleArgs): Promise<number> {
  if (args.action !== "draw" && args.action !== "verify")
    throw new UsageError({ zh: "sample 后应为 draw 或 verify", en: "sample needs draw or verify" });
  if (!args.workbook)
    throw new UsageError({
      zh: `sample ${args.action} 需要工作簿`,
      en: `sample ${args.action} needs a workbook`,
    });
  const edition = editionOption(args.edition);
  if (args.action === "verify") {
    if (!args.sampleFile)
      throw new UsageError({
        zh: "sample verify 需要抽样结果文件：sample verify 记录.xlsx sample.json",
        en: "sample verify needs the sample file: sample verify records.xlsx sample.json",
      });
    const recorded = MemberSample.safeParse(
      JSON.parse(readFileSync(resolve(io.cwd, args.sampleFile), "utf8")),
    );
    if (!recorded.success) {
      io.stderr(
        `${args.sampleFile}: ${recorded.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}\n`,
      );
      return EXIT.inputErrors;
    }
    const read = await readDataset(io, args.workbook, lang);
    if (!read.ok) {
      io.stderr(read.errors);
      return EXIT.inputErrors;
    }
    const sample = recorded.data;
    const request = {
      organisationId: sample.organisationId,
      year: sample.year,
      samplingDate: sample.samplingDate,
      seed: sample.seed,
      population: spotCheckPopulation(read.dataset, sample.organisationId),
      options: sample.options,
    };
    const verification = verifyMemberSample(sample, request, edition);
    io.stdout(`${JSON.stringify(verification, null, 2)}\n`);
    return verification.ok ? EXIT.done : EXIT.inputErrors;
  }
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
  const read = await readDataset(io, args.workbook, lang);
  if (!read.ok) {
    io.stderr(read.errors);
    return EXIT.inputErrors;
  }
  const sample = drawMemberSample(
    {
      organisationId: args.unit,
      year,
      samplingDate,
      seed: args.seed,
      population: spotCheckPopulation(read.dataset, args.unit),
      options: {
        stratifyBy: args.stratify === "branch" ? "branch" : "none",
        mustVisit: args.mustVisit ? args.mustVisit.split(",").map((s) => s.trim()) : [],
      },
    },
    edition,
  );
  const text = `${JSON.stringify(sample, null, 2)}\n`;
  if (args.out) {
    writeFileSync(resolve(io.cwd, args.out), text);
    io.stderr(lang === "zh" ? `抽样结果已写入：${args.out}\n` : `Sample written: ${args.out}\n`);
  }
  io.stdout(text);
  return EXIT.done;
}
