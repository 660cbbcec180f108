import type { Logger } from "pino";
import type { Principal } from "./auth/principal";
import type { Lang } from "./language";

/** What the middleware puts on each request's context for the routes to read. */
export interface AppEnv {
  Variables: {
    requestId: string;
    lang: Lang;
    principal: Principal;
    /** The edition an answer ran under, once a route knows it (for headers and problems). */
    edition: { id: string; version: string } | undefined;
    logger: Logger;
  };
}
