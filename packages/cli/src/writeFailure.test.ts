import { describe, expect, it } from "vitest";
import { EXIT, FileProblem } from "./cliError";
import { writeFailure } from "./writeFailure";

const attempt = {
  zh: "无法写入临时文件夹「/tmp/x」",
  en: "could not write the temporary folder /tmp/x",
  after: { zh: "临时文件已删除", en: "its files are removed" },
};
const failed = (code: string) => Object.assign(new Error(`${code}: raw system words`), { code });

describe("writeFailure", () => {
  it("says the system's refusals to write in both languages, as a file problem (exit 1)", () => {
    const problem = writeFailure(failed("ENOSPC"), attempt);
    expect(problem).toBeInstanceOf(FileProblem);
    expect(problem?.exitCode).toBe(EXIT.inputErrors);
    expect(problem?.text).toEqual({
      zh: "无法写入临时文件夹「/tmp/x」：磁盘空间不足；临时文件已删除",
      en: "could not write the temporary folder /tmp/x: no space left on the device; its files are removed",
    });
    for (const code of ["EDQUOT", "EACCES", "EPERM", "EROFS", "EIO"])
      expect(writeFailure(failed(code), attempt)?.text.zh, code).not.toContain("raw system words");
  });

  it("leaves any other error to be reported as the program's own", () => {
    expect(writeFailure(failed("ENOENT"), attempt)).toBeUndefined();
    expect(writeFailure(new TypeError("x is undefined"), attempt)).toBeUndefined();
    expect(writeFailure(undefined, attempt)).toBeUndefined();
  });
});
