import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { MemberSample } from "@shuangbaodao/core";
import { FileProblem } from "./cliError";
import type { CliIo } from "./cliIo";

/** A sample written by `sample draw`, read back for `sample verify`; every way it can be wrong is named. */
export function readSampleFile(io: CliIo, file: string): MemberSample {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch (error) {
    const missing = (error as { code?: string }).code === "ENOENT";
    throw new FileProblem(
      missing
        ? { zh: `抽样结果文件不存在：${file}`, en: `the sample file does not exist: ${file}` }
        : {
            zh: `无法读取抽样结果文件 ${file}（${(error as Error).message}）`,
            en: `cannot read the sample file ${file} (${(error as Error).message})`,
          },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FileProblem({
      zh: `抽样结果文件 ${file} 不是有效的 JSON（${(error as Error).message}）；请使用 sample draw --out 写出的文件`,
      en: `the sample file ${file} is not valid JSON (${(error as Error).message}); use the file sample draw --out wrote`,
    });
  }
  const parsed = MemberSample.safeParse(json);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map(
    (issue) => `${issue.path.join(".") || "(根/root)"}: ${issue.message}`,
  );
  throw new FileProblem({
    zh: `抽样结果文件 ${file} 不是 sample draw 写出的抽样结果：${fields.join("；")}`,
    en: `the sample file ${file} is not a sample written by sample draw: ${fields.join("; ")}`,
  });
}
