// `npm run check:reference-page -w packages/http`: opens the API reference page, as served by this
// package, in a headless Chromium (Debian's `chromium`, driven by playwright-core) on the loopback
// and checks that it renders every route of the OpenAPI document while fetching nothing from any
// other origin. Not part of `npm test`: a fresh CI machine may have no Chromium, and then this says
// so and exits with 2.
import { existsSync } from "node:fs";
import { pino } from "pino";
import { chromium } from "playwright-core";
import { startServer } from "../src/index";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

if (!existsSync(CHROMIUM)) {
  console.error(
    `No Chromium at ${CHROMIUM}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.\n` +
      `未找到 Chromium（${CHROMIUM}）：请安装（Debian：apt-get install -y chromium）或设置 CHROMIUM_PATH。`,
  );
  process.exit(2);
}

const server = await startServer({ port: 0, logger: pino({ level: "silent" }) });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
const failures: string[] = [];
try {
  const page = await browser.newPage();
  const origin = new URL(server.url).origin;
  const fetched: string[] = [];
  // Every request the page makes is seen here; one to another origin is refused and reported.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("data:") || new URL(url).origin === origin) {
      fetched.push(url.slice(origin.length));
      return route.continue();
    }
    failures.push(`fetched from another origin: ${url}`);
    return route.abort();
  });
  page.on("pageerror", (error) => failures.push(`script error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") failures.push(`console error: ${message.text()}`);
  });

  const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
    info: { title: string };
    paths: Record<string, Record<string, unknown>>;
  };
  const operations = Object.values(document.paths).reduce((n, path) => n + Object.keys(path).length, 0);

  const response = await page.goto(`${server.url}/reference`, { waitUntil: "networkidle" });
  if (response?.status() !== 200) failures.push(`/reference answered ${response?.status()}`);
  await page.waitForSelector(".swagger-ui .opblock", { timeout: 30_000 });
  const title = (await page.textContent(".swagger-ui .info .title")) ?? "";
  const shown = await page.locator(".swagger-ui .opblock").count();
  if (!title.includes(document.info.title))
    failures.push(`title ${JSON.stringify(title)} lacks ${document.info.title}`);
  if (shown !== operations) failures.push(`${shown} operations shown, the document has ${operations}`);
  for (const asset of ["/reference/swagger-ui.css", "/reference/swagger-ui-bundle.js", "/openapi.json"]) {
    if (!fetched.includes(asset)) failures.push(`did not load ${asset}`);
  }
  console.log(
    `reference page: ${shown} of ${operations} operations shown; fetched ${fetched.length} URLs, all from ${origin}`,
  );
} finally {
  await browser.close();
  await server.close();
}
if (failures.length > 0) {
  console.error(failures.map((f) => `FAIL ${f}`).join("\n"));
  process.exit(1);
}
console.log("reference page: ok");
