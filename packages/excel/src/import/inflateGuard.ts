import { Transform, type TransformCallback } from "node:stream";
import { WorkbookRefusal } from "./workbookRefusal";

/** A prolog longer than this before the root element is refused rather than searched further. */
const MAX_PROLOG = 64 * 1024;

/** A DOCTYPE may declare entities that expand without bound ("billion laughs"); OOXML parts never have one. */
function doctypeRefusal(part: string): WorkbookRefusal {
  return new WorkbookRefusal(
    "xml-doctype",
    {
      zh: `工作簿的部件 ${part} 含有 DOCTYPE 声明（可定义会无限展开的 XML 实体），出于安全原因拒绝读取`,
      en: `the workbook's part ${part} has a DOCTYPE declaration (which can define endlessly expanding XML entities); refused for safety`,
    },
    {
      zh: "由 Excel、WPS 或 LibreOffice 保存的 .xlsx（它们从不写 DOCTYPE）",
      en: "an .xlsx saved by Excel, WPS or LibreOffice (which never write a DOCTYPE)",
    },
  );
}

/**
 * Passes a part's inflated bytes through, counting them: `onBytes` refuses
 * (by throwing) as soon as a limit is passed, so nothing is read beyond it;
 * and an XML part's prolog is searched for a DOCTYPE before its root element.
 */
export function inflateGuard(part: string, onBytes: (bytes: number) => void): Transform {
  const xml = /\.(xml|rels)$/i.test(part);
  let prolog = xml ? "" : undefined;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        onBytes(chunk.length);
        if (prolog !== undefined) {
          prolog += chunk.toString("latin1");
          const root = /<[A-Za-z_]/.exec(prolog);
          const before = root === null ? prolog : prolog.slice(0, root.index);
          if (before.includes("<!DOCTYPE")) throw doctypeRefusal(part);
          if (root !== null) prolog = undefined;
          else if (prolog.length > MAX_PROLOG) throw doctypeRefusal(part);
        }
        callback(null, chunk);
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
