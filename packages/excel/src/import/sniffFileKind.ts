import type { Bilingual } from "../spec/bilingual";
import { WorkbookRefusal } from "./workbookRefusal";

const XLSX = { zh: "Excel 工作簿（.xlsx）", en: "an Excel workbook (.xlsx)" };
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from("PK");
/** The stream an encrypted OOXML file keeps its workbook in, as its CFB directory spells it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const MAX_SEARCHED = 64 * 1024 * 1024;

/** Whether bytes read as text (UTF-8, no control bytes but tab and line ends): a CSV, or an HTML table. */
function looksLikeText(head: Buffer): boolean {
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  // `stream: true`: a character cut at the end of the head is not a decoding error.
  return !new TextDecoder("utf-8").decode(head, { stream: true }).includes("\uFFFD");
}

/**
 * Says what a file is when it is not an `.xlsx` workbook, from its first bytes
 * (and, for an old Office container, the whole file): an `.xls`, a
 * password-protected workbook, a CSV renamed, an empty file. Throws a
 * {@link WorkbookRefusal} naming it and what to do; returns when the file
 * starts like a zip, which the zip reader then checks in full.
 */
export function sniffFileKind(head: Buffer, size: number, whole: () => Buffer): void {
  if (size === 0)
    throw new WorkbookRefusal(
      "empty-file",
      { zh: "文件是空的（0 字节）", en: "the file is empty (0 bytes)" },
      {
        zh: "填写好的 Excel 工作簿（.xlsx）；请重新导出或复制",
        en: "a filled Excel workbook (.xlsx); export or copy it again",
      },
    );
  if (head.subarray(0, 2).equals(ZIP_SIGNATURE)) return;
  if (head.subarray(0, 8).equals(CFB_SIGNATURE)) {
    // An encrypted workbook is a small container; a large one is an old .xls, not searched through.
    if (size <= MAX_SEARCHED && whole().includes(ENCRYPTED_PACKAGE))
      throw new WorkbookRefusal(
        "encrypted-file",
        { zh: "文件已加密（设有打开密码）", en: "the file is encrypted (it has a password to open)" },
        {
          zh: "未加密的 .xlsx：请在 Excel 中打开，去掉密码（文件 › 信息 › 保护工作簿 › 用密码进行加密，清空）后保存",
          en: "an unencrypted .xlsx: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save",
        },
      );
    throw new WorkbookRefusal(
      "xls-file",
      { zh: "这是 .xls（Excel 97–2003）文件", en: "this is an .xls (Excel 97–2003) file" },
      {
        zh: ".xlsx：请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”",
        en: '.xlsx: open it in Excel or WPS and save it as "Excel Workbook (*.xlsx)"',
      },
    );
  }
  if (looksLikeText(head))
    throw new WorkbookRefusal(
      "text-file",
      {
        zh: "这是文本文件（如 CSV 或网页），不是 Excel 工作簿，只是改了扩展名",
        en: "this is a text file (a CSV or a web page, say) with a workbook's name, not an Excel workbook",
      },
      {
        zh: ".xlsx：请用模板（shuangbaodao template）填写，或在 Excel 中打开后另存为 .xlsx",
        en: ".xlsx: fill in the template (shuangbaodao template), or open it in Excel and save it as .xlsx",
      },
    );
  throw new WorkbookRefusal(
    "not-a-workbook",
    { zh: "文件不是 Excel 工作簿", en: "the file is not an Excel workbook" },
    XLSX,
  );
}

/** A zip that ends early or has a broken directory: a download or copy cut short. */
export function truncatedZip(detail: Bilingual): WorkbookRefusal {
  return new WorkbookRefusal(
    "truncated-file",
    {
      zh: `文件不完整或已损坏（${detail.zh}），可能是下载或复制中断`,
      en: `the file is incomplete or damaged (${detail.en}); a download or copy may have been cut short`,
    },
    {
      zh: "完整的 .xlsx：请重新下载或复制，或在 Excel 中打开修复后另存",
      en: "a whole .xlsx: download or copy it again, or repair it in Excel and save",
    },
  );
}

/** A zip without a workbook part: a Word document, an archive of files. */
export function zipWithoutWorkbook(): WorkbookRefusal {
  return new WorkbookRefusal(
    "not-a-workbook",
    {
      zh: "这是一个压缩包（zip），但不是 Excel 工作簿（没有 xl/workbook.xml）",
      en: "this is a zip archive but not an Excel workbook (it has no xl/workbook.xml)",
    },
    XLSX,
  );
}
