import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";
import getAbsoluteFSPath from "swagger-ui-dist/absolute-path.js";
import type { AppEnv } from "../appEnv";
import { ApiProblem } from "../problems/apiProblem";

/** The Swagger UI files the page loads, all served from the installed package (no CDN). */
const ASSETS: Readonly<Record<string, string>> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

// `validatorUrl: null` keeps Swagger UI from calling its online validator.
const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>双报到 API · shuangbaodao API reference</title>
<link rel="icon" href="/reference/favicon-32x32.png">
<link rel="stylesheet" href="/reference/swagger-ui.css">
</head>
<body>
<div id="api"></div>
<script src="/reference/swagger-ui-bundle.js"></script>
<script src="/reference/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#api", validatorUrl: null, deepLinking: true });\n`;

/**
 * The API reference page at `/reference`: Swagger UI from the
 * `swagger-ui-dist` package installed beside this one, so it works offline.
 * Files are read once, on first use.
 */
export function registerReferencePage(app: OpenAPIHono<AppEnv>): void {
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  const headers = { "Cache-Control": "public, max-age=3600" };
  app.get("/reference", (c) => c.html(PAGE));
  app.get("/reference/init.js", (c) =>
    c.body(INIT, 200, { ...headers, "Content-Type": ASSETS["swagger-ui-bundle.js"] as string }),
  );
  app.get("/reference/:file", async (c) => {
    const file = c.req.param("file");
    const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!type) {
      throw new ApiProblem("not-found", { zh: "没有这个文件。", en: "No such file." });
    }
    let bytes = cache.get(file);
    if (!bytes) {
      const read = await readFile(join(getAbsoluteFSPath(), file));
      bytes = new Uint8Array(read.byteLength);
      bytes.set(read);
      cache.set(file, bytes);
    }
    return c.body(bytes, 200, { ...headers, "Content-Type": type });
  });
}
