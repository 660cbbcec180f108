import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { AuditDataset, RecordKind } from "@shuangbaodao/core";
import type { CliIo } from "../src/cliIo";
import { MemberSpill } from "../src/memberSpill";
import { run } from "../src/run";

export const EXAMPLE_DIR = resolve(__dirname, "../../../examples/zhengzhou-2019-health-commission");
export const EXAMPLE_WORKBOOK = join(EXAMPLE_DIR, "records.xlsx");
/** The seed the README's demo uses. */
export const EXAMPLE_SEED = "2019-12-01 example public draw 5-8-2";

/** Runs the CLI in-process, capturing what it prints. */
export async function cli(args: string[], options: { interactive?: boolean; cwd?: string } = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    interactive: options.interactive ?? false,
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "shuangbaodao-cli-"));
}

/** A fresh folder holding a copy of the example workbook as `records.xlsx`. */
export function exampleCopy(): string {
  const dir = tempDir();
  copyFileSync(EXAMPLE_WORKBOOK, join(dir, "records.xlsx"));
  return dir;
}

/** `sample draw records.xlsx` of the example, without the unit. */
export const EXAMPLE_DRAW = [
  ...["sample", "draw", "records.xlsx", "--year", "2019"],
  ...["--seed", EXAMPLE_SEED, "--sampling-date", "2019-12-01"],
];

/** The README's demo: `assess` of the example with its edition, seed and sampling date. */
export const EXAMPLE_ASSESS = [
  ...["assess", EXAMPLE_WORKBOOK, "--year", "2019", "--edition", "zhengzhou-2019-health-commission"],
  ...["--seed", EXAMPLE_SEED, "--sampling-date", "2019-12-01"],
];

/** The records of a dataset fed to a spill kind by kind, in `kinds`' order, as a source might hand them out. */
export function spilled(
  dataset: AuditDataset,
  kinds: readonly RecordKind[],
  membersPerPartition: number,
): MemberSpill {
  const spill = new MemberSpill(membersPerPartition);
  for (const kind of kinds) {
    const records = dataset[kind] as object[];
    for (const [index, record] of records.entries()) spill.add(kind, record, index);
  }
  return spill;
}
