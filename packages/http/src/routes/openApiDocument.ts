import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../appEnv";
import { LIBRARY_VERSION } from "../libraryVersion";

/** The OpenAPI 3.1 document of every route, generated from the same zod schemas that validate requests. */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "shuangbaodao · 双报到 rules API",
      version: LIBRARY_VERSION,
      description:
        "The Zhengzhou 2019 双报到 regulations as a service. Every answer names the edition and library version " +
        "(body and `X-Shuangbaodao-*` headers) and the request ID (`X-Request-Id`); every refusal is " +
        "`application/problem+json` (RFC 9457), in Chinese or English by `Accept-Language`.",
      license: { name: "MIT" },
    },
    security: [{ bearer: [] }],
  });
}

export function registerOpenApiDocument(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A token from the server's token file (stored there as its SHA-256)",
  });
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get("/openapi.json", (c) => {
    document ??= openApiDocument(app);
    return c.json(document);
  });
}
