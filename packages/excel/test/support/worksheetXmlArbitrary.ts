import fc from "fast-check";

/**
 * Worksheet and shared-strings XML as the programs that write workbooks
 * might: namespace prefixes or none, attributes in any order and either
 * quote style, white space (tabs, CR LF) inside tags, self-closing cells,
 * rows and cells with and without references, every cell type, formulas,
 * inline and rich text with phonetic guides, entities and character
 * references, CDATA, comments and processing instructions.
 */

const space = fc.constantFrom(" ", "  ", "\n", "\t", "\r\n", " \r ");
const optionalSpace = fc.oneof(fc.constant(""), space);

/** Text with the characters markup must escape, Chinese split across UTF-8 bytes, line ends and references. */
const textPiece = fc.oneof(
  fc.constantFrom(
    "建设路社区",
    "金水",
    "党员",
    "a",
    "0",
    "12.5",
    "-3",
    "1E3",
    "#N/A",
    "TRUE",
    " ",
    "]",
    "]]",
    "?>",
    "--",
  ),
  fc.constantFrom(
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&apos;",
    "&#20013;",
    "&#x4E2D;",
    "&#x1F600;",
    "&#10;",
    "&#13;",
  ),
  fc.constantFrom("\r\n", "\n", "\r", "\t", "😀", ">", "'", '"'),
);
/** `]]>` may not stand in text as it is (XML 1.0, 2.4): pieces that happen to make it get its `>` escaped. */
const text = fc.array(textPiece, { maxLength: 6 }).map((pieces) => pieces.join("").replace(/]]>/g, "]]&gt;"));

/** Text for inside an element, sometimes as CDATA (whose `]]>` cannot be escaped, so it has none). */
const elementText = fc.oneof(
  { weight: 4, arbitrary: text },
  {
    weight: 1,
    arbitrary: text.map((raw) => `<![CDATA[${raw.replace(/&[^;]*;/g, "&").replace(/]]>/g, "")}]]>`),
  },
);

/** Something that may stand between elements and changes nothing. */
const aside = fc.constantFrom("", "", "", "<!-- note -->", "<!---->", "<?pi data?>", "\n  ");

function quoted(value: string, quote: string): string {
  const escaped = quote === '"' ? value.replace(/"/g, "&quot;") : value.replace(/'/g, "&apos;");
  return `${quote}${escaped}${quote}`;
}

/** A start tag: the attributes shuffled, spaced and quoted as the arbitrary says. */
const startTag = (name: string, attributes: [string, string][], selfClosing: boolean) =>
  fc
    .tuple(
      fc.shuffledSubarray(attributes, { minLength: attributes.length, maxLength: attributes.length }),
      fc.array(fc.tuple(space, optionalSpace, optionalSpace, fc.constantFrom('"', "'")), {
        minLength: attributes.length,
        maxLength: attributes.length,
      }),
      optionalSpace,
    )
    .map(([order, styles, end]) => {
      const written = order.map(([key, value], index) => {
        const [before, aroundLeft, aroundRight, quote] = styles[index] ?? [" ", "", "", '"'];
        return `${before}${key}${aroundLeft}=${aroundRight}${quoted(value, quote)}`;
      });
      return `<${name}${written.join("")}${end}${selfClosing ? "/>" : ">"}`;
    });

const columnLetters = (column: number): string =>
  column <= 26
    ? String.fromCharCode(64 + column)
    : `${columnLetters(Math.floor((column - 1) / 26))}${String.fromCharCode(65 + ((column - 1) % 26))}`;

interface CellPlan {
  column: number | undefined;
  type: string | undefined;
  style: number | undefined;
  kind: "value" | "formula" | "inline" | "rich" | "empty" | "selfClosing";
  /** Written as Excel writes it (`r`, `s`, `t` in that order, one space, double quotes): the scanner's plain shape. */
  plain: boolean;
}

const cellPlan: fc.Arbitrary<CellPlan> = fc.record({
  column: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  type: fc.option(fc.constantFrom("n", "s", "b", "e", "str", "inlineStr", "d"), { nil: undefined }),
  style: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  kind: fc.constantFrom("value", "value", "formula", "inline", "rich", "empty", "selfClosing"),
  plain: fc.boolean(),
});

/** A start tag as Excel writes one: the attributes in the order given, each after one space, in double quotes. */
const plainStartTag = (name: string, attributes: [string, string][], selfClosing: boolean) =>
  fc.constant(
    `<${name}${attributes.map(([key, value]) => ` ${key}=${quoted(value, '"')}`).join("")}${selfClosing ? "/>" : ">"}`,
  );

/** A value that fits the cell's type most of the time, and text some of the time. */
const valueFor = (type: string | undefined): fc.Arbitrary<string> => {
  switch (type) {
    case "s":
      return fc.oneof(fc.integer({ min: 0, max: 6 }).map(String), text);
    case "b":
      return fc.constantFrom("0", "1", "2", "true");
    case "e":
      return fc.constantFrom("#N/A", "#DIV/0!", "#REF!");
    default:
      return fc.oneof(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
        fc.integer({ min: 0, max: 60_000 }).map(String),
        text,
      );
  }
};

function cellXml(prefix: string, plan: CellPlan, row: number): fc.Arbitrary<string> {
  const attributes: [string, string][] = [];
  if (plan.column !== undefined) attributes.push(["r", `${columnLetters(plan.column)}${row}`]);
  if (plan.style !== undefined) attributes.push(["s", String(plan.style)]);
  if (plan.type !== undefined) attributes.push(["t", plan.type]);
  const element = (name: string, inner: string) => `<${prefix}${name}>${inner}</${prefix}${name}>`;
  const run = (inner: string) =>
    `<${prefix}r><${prefix}rPr><${prefix}b/></${prefix}rPr>${element("t", inner)}</${prefix}r>`;
  const phonetic = fc.constantFrom("", `<${prefix}rPh sb="0" eb="1">${element("t", "jīn")}</${prefix}rPh>`);
  const content: fc.Arbitrary<string> = (() => {
    switch (plan.kind) {
      case "value":
        return fc.tuple(valueFor(plan.type), aside).map(([value, note]) => `${note}${element("v", value)}`);
      case "formula":
        return fc
          .tuple(text, fc.option(valueFor(plan.type), { nil: undefined }))
          .map(
            ([formula, value]) => element("f", formula) + (value === undefined ? "" : element("v", value)),
          );
      case "inline":
        return fc
          .tuple(elementText, phonetic)
          .map(([inner, guide]) => element("is", element("t", inner) + guide));
      case "rich":
        return fc
          .tuple(fc.array(elementText, { minLength: 1, maxLength: 3 }), phonetic)
          .map(([runs, guide]) => element("is", runs.map(run).join("") + guide));
      default:
        return fc.constant("");
    }
  })();
  return fc
    .tuple(
      (plan.plain ? plainStartTag : startTag)(`${prefix}c`, attributes, plan.kind === "selfClosing"),
      content,
    )
    .map(([open, inner]) => (plan.kind === "selfClosing" ? open : `${open}${inner}</${prefix}c>`));
}

const rowXml = (prefix: string, number: number | undefined, cells: CellPlan[]) => {
  const attributes: [string, string][] = [["spans", "1:5"]];
  if (number !== undefined) attributes.push(["r", String(number)]);
  const row = number ?? 1;
  return fc
    .tuple(
      startTag(`${prefix}row`, attributes, cells.length === 0),
      fc.tuple(...cells.map((plan) => cellXml(prefix, plan, row))),
      aside,
    )
    .map(([open, inner, note]) =>
      cells.length === 0 ? open : `${open}${inner.join("")}${note}</${prefix}row>`,
    );
};

/** A prolog: none, the usual declaration, or one with a comment and white space after it. */
const prolog = fc.constantFrom(
  "",
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
  "<?xml version='1.0'?><!-- written by hand -->\n",
  '\uFEFF<?xml version="1.0"?>',
);

export const worksheetXml: fc.Arbitrary<string> = fc
  .tuple(
    prolog,
    fc.constantFrom("", "x:"),
    fc.array(
      fc.tuple(
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        fc.array(cellPlan, { maxLength: 6 }),
      ),
      { maxLength: 8 },
    ),
  )
  .chain(([head, prefix, rows]) =>
    fc.tuple(...rows.map(([number, cells]) => rowXml(prefix, number, cells))).map((written) => {
      const ns = prefix === "" ? "xmlns" : "xmlns:x";
      return `${head}<${prefix}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${written.join("")}</${prefix}sheetData></${prefix}worksheet>\n`;
    }),
  );

export const sharedStringsXml: fc.Arbitrary<string> = fc
  .tuple(
    prolog,
    fc.array(
      fc.oneof(
        elementText.map((inner) => `<si><t xml:space="preserve">${inner}</t></si>`),
        fc
          .array(elementText, { minLength: 1, maxLength: 3 })
          .map(
            (runs) =>
              `<si>${runs.map((inner) => `<r><rPr><sz val="11"/></rPr><t>${inner}</t></r>`).join("")}<rPh sb="0" eb="1"><t>dú</t></rPh></si>`,
          ),
        fc.constant("<si><t/></si>"),
      ),
      { maxLength: 10 },
    ),
  )
  .map(
    ([head, items]) =>
      `${head}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join("")}</sst>`,
  );

/** The document's UTF-8 bytes cut at the given places (so a character may fall across two chunks). */
export function chunksOf(xml: string, cuts: number[]): Buffer[] {
  const bytes = Buffer.from(xml, "utf8");
  const places = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const place of [...places, bytes.length]) {
    if (place > from) chunks.push(bytes.subarray(from, place));
    from = Math.max(from, place);
  }
  return chunks;
}

/** A small change that may break the document: a character dropped, one of the markup characters put in, a piece repeated. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.constantFrom(
      "<",
      ">",
      "&",
      ";",
      '"',
      "'",
      "/",
      "=",
      "!",
      "?",
      "-",
      "]]>",
      " ",
      "x",
      ":",
      "&#0;",
      "\u0001",
      "\uFFFF",
      "<!DOCTYPE x>",
      "</c>",
      "<c>",
      "<![CDATA[",
      "]]",
    ),
  }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
);

export function mutated(xml: string, change: Mutation): string {
  const at = change.at % (xml.length + 1);
  switch (change.kind) {
    case "delete":
      return xml.slice(0, at) + xml.slice(at + change.length);
    case "insert":
      return xml.slice(0, at) + change.text + xml.slice(at);
    case "repeat":
      return (
        xml.slice(0, at + change.length) + xml.slice(at, at + change.length) + xml.slice(at + change.length)
      );
  }
}

export type Mutation =
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "repeat"; at: number; length: number };
