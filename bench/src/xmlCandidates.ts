/**
 * `node --expose-gc bench/dist/xmlCandidates.js <folder>`: the XML readers
 * measured for issue 14.6's second round on the same input in one process —
 * the worksheets of an unzipped workbook (`unzip -d <folder> e2e-10000.xlsx`),
 * in 64 KB chunks as the zip reader gives them, read to rows by the Excel
 * adapter's `worksheetRows` with each reader under it: saxes (the reader
 * before), htmlparser2's `Parser` in XML mode, sax-wasm, and the scanner.
 * Each reader's rows are hashed once (not timed) to show they agree.
 *
 * htmlparser2 and sax-wasm are not dependencies: they load from the working
 * directory, so run it from a folder where they are installed
 * (`npm install htmlparser2@12 sax-wasm@3` there). ROUNDS=5 by default.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { readSharedStrings } from "../../packages/excel/src/import/readSharedStrings";
import { saxesXmlPart } from "../../packages/excel/src/import/saxesXmlPart";
import { scanXmlPart } from "../../packages/excel/src/import/scanXmlPart";
import { worksheetRows } from "../../packages/excel/src/import/worksheetRows";
import {
  localNameOf,
  type XmlElement,
  type XmlElementHandlers,
  type XmlPartReader,
} from "../../packages/excel/src/import/xmlElement";

const folder = process.argv[2] ?? "";
const rounds = Number(process.env.ROUNDS ?? 5);
const CHUNK = 64 * 1024;
const chunksOf = (bytes: Buffer) => {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) chunks.push(bytes.subarray(at, at + CHUNK));
  return chunks;
};
const sheets = readdirSync(`${folder}/xl/worksheets`)
  .filter((name) => name.endsWith(".xml"))
  .map((name) => ({ name, bytes: readFileSync(`${folder}/xl/worksheets/${name}`) }));
const sharedStringsBytes = readFileSync(`${folder}/xl/sharedStrings.xml`);

const element = (name: string, attribute: (name: string) => string | undefined): XmlElement => ({
  name,
  localName: localNameOf(name),
  attribute,
});

interface Htmlparser2 {
  Parser: new (
    handlers: {
      onopentag(name: string, attributes: Record<string, string>): void;
      ontext(text: string): void;
      onclosetag(name: string): void;
    },
    options: { xmlMode: boolean; decodeEntities: boolean; recognizeCDATA: boolean },
  ) => { write(text: string): void; end(): void };
}
interface SaxWasm {
  SaxEventType: { OpenTag: number; CloseTag: number; Text: number };
  SAXParser: new (
    events: number,
  ) => {
    prepareWasm(bytes: Uint8Array): Promise<boolean>;
    eventHandler: (type: number, detail: SaxWasmDetail) => void;
    write(bytes: Uint8Array): void;
    end(): void;
  };
}
interface SaxWasmDetail {
  name: string;
  value: string;
  selfClosing: boolean;
  attributes: { name: { value: string }; value: { value: string } }[];
}

const require = createRequire(`${process.cwd()}/`);
const htmlparser2 = require("htmlparser2") as Htmlparser2;
const saxWasm = require("sax-wasm") as SaxWasm;
const saxWasmBinary = readFileSync(require.resolve("sax-wasm/lib/sax-wasm.wasm"));

async function* htmlparser2Part(_part: string, content: Readable, handlers: XmlElementHandlers) {
  const decoder = new StringDecoder("utf8");
  const parser = new htmlparser2.Parser(
    {
      onopentag: (name, attributes) => handlers.open?.(element(name, (key) => attributes[key])),
      ontext: (text) => handlers.text?.(text),
      onclosetag: (name) => handlers.close?.(element(name, () => undefined)),
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  for await (const chunk of content) {
    parser.write(decoder.write(chunk as Buffer));
    yield;
  }
  parser.end();
  yield;
}

async function* saxWasmPart(_part: string, content: Readable, handlers: XmlElementHandlers) {
  const { SaxEventType, SAXParser } = saxWasm;
  const parser = new SAXParser(SaxEventType.OpenTag | SaxEventType.CloseTag | SaxEventType.Text);
  await parser.prepareWasm(saxWasmBinary);
  parser.eventHandler = (type, detail) => {
    if (type === SaxEventType.OpenTag) {
      const attributes = detail.attributes.map((pair) => [pair.name.value, pair.value.value] as const);
      handlers.open?.(element(detail.name, (key) => attributes.find(([name]) => name === key)?.[1]));
      if (detail.selfClosing) handlers.close?.(element(detail.name, () => undefined));
    } else if (type === SaxEventType.Text) handlers.text?.(detail.value);
    else if (type === SaxEventType.CloseTag && !detail.selfClosing)
      handlers.close?.(element(detail.name, () => undefined));
  };
  for await (const chunk of content) {
    parser.write(chunk as Buffer);
    yield;
  }
  parser.end();
  yield;
}

const sharedStrings = await readSharedStrings("sst", Readable.from(chunksOf(sharedStringsBytes)));
const context = { sharedStrings, dateStyles: [], date1904: false };

async function readRows(read: XmlPartReader, hash?: ReturnType<typeof createHash>): Promise<number> {
  let rows = 0;
  for (const sheet of sheets)
    for await (const batch of worksheetRows(sheet.name, Readable.from(chunksOf(sheet.bytes)), context, read))
      for (const row of batch) {
        rows++;
        hash?.update(JSON.stringify(row));
      }
  return rows;
}

async function cpuSeconds(what: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const before = process.cpuUsage();
  await what();
  const cpu = process.cpuUsage(before);
  return { wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

const candidates: [string, XmlPartReader][] = [
  ["saxes 5.0.1 (before)", saxesXmlPart],
  ["htmlparser2 12, xmlMode", htmlparser2Part],
  ["sax-wasm 3.1.4", saxWasmPart],
  ["scanner", scanXmlPart],
];
const lines: string[] = [];
for (const [label, read] of candidates) {
  const hash = createHash("sha256");
  const rows = await readRows(read, hash);
  lines.push(`${label}\t${rows} rows\t${hash.digest("hex").slice(0, 12)}`);
}
const times = new Map<string, { wall: number; cpu: number; load: number }[]>();
for (let round = 0; round < rounds; round++)
  for (const [label, read] of candidates) {
    const time = await cpuSeconds(() => readRows(read));
    times.set(label, [...(times.get(label) ?? []), { ...time, load: loadavg()[0] ?? 0 }]);
  }
for (const [label, read] of [
  ["saxes, shared strings", saxesXmlPart],
  ["scanner, shared strings", scanXmlPart],
] as const)
  for (let round = 0; round < rounds; round++) {
    const time = await cpuSeconds(() =>
      readSharedStrings("sst", Readable.from(chunksOf(sharedStringsBytes)), read),
    );
    times.set(label, [...(times.get(label) ?? []), { ...time, load: loadavg()[0] ?? 0 }]);
  }
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const megabytes = sheets.reduce((sum, sheet) => sum + sheet.bytes.length, 0) / 1e6;
console.log(
  `${megabytes.toFixed(1)} MB of worksheets, ${(sharedStringsBytes.length / 1e6).toFixed(1)} MB of shared strings`,
);
for (const line of lines) console.log(line);
console.log("| reader | wall, median | CPU, median | CPU, least | load |");
for (const [label, runs] of times)
  console.log(
    `| ${label} | ${median(runs.map((run) => run.wall)).toFixed(2)} s | ${median(runs.map((run) => run.cpu)).toFixed(2)} s | ${Math.min(...runs.map((run) => run.cpu)).toFixed(2)} s | ${runs.map((run) => run.load.toFixed(1)).join(", ")} |`,
  );
