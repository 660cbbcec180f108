import { ZipArchive } from "../../src/import/zipArchive";

/** The text of one part of a written workbook (`xl/worksheets/sheet2.xml`), as stored. */
export async function readPart(path: string, part: string): Promise<string> {
  const zip = await ZipArchive.openFile(path);
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.open(part)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    await zip.close();
  }
}
