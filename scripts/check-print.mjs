// npm run check:print: prints the example's report and the blank template to PDF with
// LibreOffice and checks how they come out on paper: A4, each sheet within its page
// budget, no sheet split across more page widths than it is laid out for, and the
// sheets laid out to be legible printed at a legible scale, measured as the size of
// their text on paper. Not part of `npm test`, since a fresh CI
// machine may have no LibreOffice; it fails, saying so, where LibreOffice is missing.
//   apt-get install -y libreoffice-calc-nogui fonts-noto-cjk
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { inflateSync } from "node:zlib";

const require = createRequire(import.meta.url);
const JSZip = require("jszip");

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, ".print-check/main.mjs");
const EXAMPLE = join(ROOT, "examples/zhengzhou-2019-health-commission/records.xlsx");
const A4 = [595.3, 841.9];
/** The page margins of `printSetup` (packages/excel/src/writing/printSetup.ts), in points. */
const MARGIN = { width: 2 * 0.4 * 72, height: 2 * 0.5 * 72 };
/** Below this scale a sheet prints too small to read: 11-point text comes out under 6.6 points. */
const SMALLEST_READABLE_SCALE = 0.6;
/**
 * The sheets laid out to print legibly (issue 14, item 10), by workbook: below the
 * smallest readable scale they fail the check; the others are only reported.
 */
const LEGIBLE_SHEETS = { report: /^周期$/, template: /.*/ };

/**
 * The most pages each sheet may print to, by name, first match wins: a form, a
 * summary or a spot-check list is one page; the long tables as many as their rows
 * need. Per page width: a sheet laid out over several (fitToWidth) may take as many times more.
 */
const PAGE_BUDGETS = [
  [/^汇总 Summary$/, 1],
  [/^党员结论/, 30],
  [/^统计表/, 1],
  [/^抽查/, 1],
  [/^提示/, 3],
  [/^周期$/, 2],
  [/^说明$/, 10],
  [/.*/, 1], // each input sheet of the blank template: its header rows
];

function fail(zh, en) {
  console.error(`check:print 失败：${zh}\ncheck:print failed: ${en}`);
  process.exit(1);
}

if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) {
  fail(
    "未找到 LibreOffice（soffice）。请先安装：apt-get install -y libreoffice-calc-nogui fonts-noto-cjk",
    "LibreOffice (soffice) is not installed. Install it first: apt-get install -y libreoffice-calc-nogui fonts-noto-cjk",
  );
}

const work = mkdtempSync(join(tmpdir(), "shuangbaodao-print-"));
const cli = (...args) => execFileSync(process.execPath, [CLI, ...args], { cwd: work, stdio: "pipe" });
cli(
  ...["assess", EXAMPLE, "--year", "2019", "--edition", "zhengzhou-2019-health-commission"],
  ...["--seed", "2019-12-01 example public draw 5-8-2", "--sampling-date", "2019-12-01"],
  ...["--out", "report.xlsx"],
);
cli("template", "--out", "template.xlsx");

/**
 * The sheets of a workbook, in order: whether each is hidden (the template's 选项
 * lists) and how many page widths it is laid out over (its fitToWidth).
 */
async function sheetsOf(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("xl/workbook.xml").async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels").async("string");
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*?\/>/g)].map(([tag]) => [
      /\bId="([^"]*)"/.exec(tag)[1],
      /\bTarget="([^"]*)"/.exec(tag)[1].replace(/^\/?(xl\/)?/, "xl/"),
    ]),
  );
  const sheets = [...xml.matchAll(/<sheet\b[^>]*?\/>/g)].map(([tag], index) => ({
    index,
    name: /\bname="([^"]*)"/.exec(tag)[1],
    hidden: /\bstate="(hidden|veryHidden)"/.test(tag),
    part: targets.get(/\br:id="([^"]*)"/.exec(tag)[1]),
  }));
  for (const sheet of sheets) {
    const part = await zip.file(sheet.part).async("string");
    const pageSetup = /<pageSetup\b[^>]*>/.exec(part)?.[0] ?? "";
    sheet.pagesWide = Number(/\bfitToWidth="(\d+)"/.exec(pageSetup)?.[1] ?? 1) || 1;
  }
  return sheets;
}

/** The size of the workbook's body text, in points: its first (default) font. */
async function bodyFontSize(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const styles = await zip.file("xl/styles.xml").async("string");
  return Number(/<font>.*?<sz val="([\d.]+)"/s.exec(styles)?.[1] ?? 11);
}

/**
 * A copy of the workbook with every sheet but one hidden, LibreOffice opening on it:
 * LibreOffice does not print hidden sheets, so its PDF is that sheet's pages alone.
 */
async function onlySheet(path, keep, out) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  let xml = await zip.file("xl/workbook.xml").async("string");
  let index = 0;
  xml = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    const clean = tag.replace(/\sstate="[^"]*"/, "");
    return index++ === keep ? clean : clean.replace("<sheet", '<sheet state="hidden"');
  });
  // The sheet LibreOffice opens on is printed even when hidden.
  xml = xml.replace(/<bookViews>.*?<\/bookViews>/s, "");
  xml = xml.replace("<sheets>", `<bookViews><workbookView activeTab="${keep}"/></bookViews><sheets>`);
  zip.file("xl/workbook.xml", xml);
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/**
 * The pages of a PDF as LibreOffice writes it (page objects uncompressed, their
 * contents deflated), each with its size and its most common text size in points:
 * the body text, which the page's scale shrinks or enlarges.
 */
function pdfPages(path) {
  const pdf = readFileSync(path, "latin1");
  const object = (number) => {
    const start = pdf.search(new RegExp(`(^|\\s)${number} 0 obj\\b`));
    return start < 0 ? "" : pdf.slice(start, pdf.indexOf("endobj", start));
  };
  return [...pdf.matchAll(/\/Type\s*\/Page(?!s)/g)].map((match) => {
    const start = pdf.lastIndexOf(" obj", match.index);
    const page = pdf.slice(start, pdf.indexOf("endobj", match.index));
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page);
    const size = box
      ? [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])]
      : [Number.NaN, Number.NaN];
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? "";
    const counts = new Map();
    for (const [, number] of contents.matchAll(/(\d+) 0 R/g)) {
      const stream = /stream\r?\n([\s\S]*?)endstream/.exec(object(number))?.[1] ?? "";
      let text;
      try {
        text = inflateSync(Buffer.from(stream, "latin1")).toString("latin1");
      } catch {
        text = stream;
      }
      for (const [, points] of text.matchAll(/\/F\d+\s+([\d.]+)\s+Tf/g))
        counts.set(Number(points), (counts.get(Number(points)) ?? 0) + 1);
    }
    const textSize = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? Number.NaN;
    return { size, textSize };
  });
}

/** The most common text size over several pages. */
function commonTextSize(pages) {
  const counts = new Map();
  for (const { textSize } of pages) counts.set(textSize, (counts.get(textSize) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? Number.NaN;
}

/** Converts files to PDF in one LibreOffice run, its profile kept apart from any other LibreOffice. */
function toPdf(files, outDir, filter = "pdf") {
  mkdirSync(outDir, { recursive: true });
  const profile = pathToFileURL(join(work, "lo-profile")).href;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", filter, "--outdir", outDir, ...files],
    { stdio: "ignore", timeout: 1_800_000 }, // 10 min was too short for the template at load 15
  );
}

const isA4 = ([w, h]) =>
  (Math.abs(w - A4[0]) < 1 && Math.abs(h - A4[1]) < 1) ||
  (Math.abs(w - A4[1]) < 1 && Math.abs(h - A4[0]) < 1);

const problems = [];
const warnings = [];
const results = {};
for (const book of ["report", "template"]) {
  const path = join(work, `${book}.xlsx`);
  // Hidden sheets do not print; each printed one is exported alone as well as in the whole.
  const sheets = (await sheetsOf(path)).filter((sheet) => !sheet.hidden);
  const sheetDir = join(work, `${book}-sheets`);
  mkdirSync(sheetDir, { recursive: true });
  const numbered = (sheet) => String(sheet.index).padStart(2, "0");
  const sheetFiles = sheets.map((sheet) => join(sheetDir, `${numbered(sheet)}.xlsx`));
  for (const [i, sheet] of sheets.entries()) await onlySheet(path, sheet.index, sheetFiles[i]);
  toPdf([path, ...sheetFiles], join(work, `${book}-pdf`));
  // Each sheet on one page as large as the sheet: its natural size, before any scaling.
  toPdf(
    [path],
    join(work, `${book}-natural`),
    'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}',
  );
  const total = pdfPages(join(work, `${book}-pdf`, `${book}.pdf`));
  const natural = pdfPages(join(work, `${book}-natural`, `${book}.pdf`));
  const body = await bodyFontSize(path);
  const rows = sheets.map((sheet, i) => {
    const { name, pagesWide } = sheet;
    const pages = pdfPages(join(work, `${book}-pdf`, `${numbered(sheet)}.pdf`));
    const [paperW, paperH] = pages[0]?.size ?? A4;
    // The scale it prints at: its body text on paper against the text's own size.
    const scale = commonTextSize(pages) / body;
    // Its size at 100 %: a very tall sheet's single page is itself shrunk to fit.
    const { size: [, naturalH] = [Number.NaN, Number.NaN], textSize } = natural[i] ?? {};
    const sheetH = naturalH / (textSize / body);
    // As many pages tall as its rows need, times the page widths it is laid out over.
    const tall = Math.max(1, Math.ceil((sheetH * scale) / (paperH - MARGIN.height)));
    const budget = PAGE_BUDGETS.find(([pattern]) => pattern.test(name))[1] * pagesWide;
    if (pages.some((page) => !isA4(page.size)))
      problems.push(`${book} / ${name}: not A4 (${pages.map((p) => p.size.join("×"))})`);
    if (pages.length > budget)
      problems.push(`${book} / ${name}: ${pages.length} pages, at most ${budget} expected`);
    // More pages than the rows and page widths need means columns ran onto further pages.
    if (pages.length > (Math.ceil(tall * 1.5) + 1) * pagesWide)
      problems.push(
        `${book} / ${name}: ${pages.length} pages where ${pagesWide} page width(s) of its rows need ${tall * pagesWide}: columns run off the page`,
      );
    if (!(scale >= SMALLEST_READABLE_SCALE)) {
      const message = `${book} / ${name}: prints at ${Math.round(scale * 100)}% (text ${commonTextSize(pages)} pt), below ${SMALLEST_READABLE_SCALE * 100}%`;
      (LEGIBLE_SHEETS[book].test(name) ? problems : warnings).push(message);
    }
    return {
      sheet: name,
      pages: pages.length,
      wide: pagesWide,
      orientation: paperW > paperH ? "landscape" : "portrait",
      scale: `${Math.round(scale * 100)}%`,
    };
  });
  results[book] = { pages: total.length, sheets: rows };
  console.log(`\n${book}.xlsx → ${total.length} pages (LibreOffice PDF export)`);
  console.table(rows);
}

for (const warning of warnings) console.warn(`提示 warning: ${warning}`);
if (problems.length > 0) fail(`\n${problems.join("\n")}`, "see above");
const sum = Object.values(results).reduce((n, book) => n + book.sheets.reduce((m, s) => m + s.pages, 0), 0);
const whole = Object.values(results).reduce((n, book) => n + book.pages, 0);
if (sum !== whole)
  fail(
    `各表页数之和 ${sum} ≠ 整本 ${whole}`,
    `the sheets' pages add up to ${sum}, the whole workbooks print ${whole}`,
  );
console.log(`\ncheck:print 通过 passed; the PDFs are in ${work}`);
