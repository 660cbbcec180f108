import { describe, expect, it } from "vitest";
import { testApp } from "./support/testApp";

/** Every URL an HTML page or script names in `src`, `href` or `url:`. */
function referencedUrls(text: string): string[] {
  return [...text.matchAll(/(?:src|href)="([^"]+)"|url:\s*"([^"]+)"/g)].map((m) => (m[1] ?? m[2]) as string);
}

describe("the API reference page", () => {
  it("names only assets of this server, and the server serves every one (no CDN, no external URL)", async () => {
    const { app } = testApp();
    const page = await app.request("/reference");
    expect(page.status).toBe(200);
    const html = await page.text();
    const pageUrls = referencedUrls(html);
    expect(pageUrls.length).toBeGreaterThanOrEqual(3);
    // The page's own script (Swagger UI's settings) names the document it loads; the bundle itself is
    // Swagger UI's, and the headless check (`npm run check:reference-page`) watches what it fetches.
    const urls = [...pageUrls, ...referencedUrls(await (await app.request("/reference/init.js")).text())];
    expect(urls).toContain("/openapi.json");
    for (const url of urls) {
      // Same origin only: a path, never `//host` or `scheme:`.
      expect(url).toMatch(/^\/(?!\/)/);
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      expect((await res.arrayBuffer()).byteLength, url).toBeGreaterThan(0);
    }
  });
});
