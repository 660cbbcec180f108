import { WorkbookRefusal } from "./workbookRefusal";

/** A part that is not well-formed XML, said by part, line and column (the error's message starts with them). */
export function notWellFormedXml(part: string, error: Error): WorkbookRefusal {
  return new WorkbookRefusal(
    "truncated-file",
    {
      zh: `工作簿的部件 ${part} 不是有效的 XML（${error.message}），文件可能已损坏`,
      en: `the workbook's part ${part} is not well-formed XML (${error.message}); the file may be damaged`,
    },
    {
      zh: "由 Excel、WPS 或 LibreOffice 完整保存的 .xlsx",
      en: "an .xlsx saved in full by Excel, WPS or LibreOffice",
    },
  );
}
