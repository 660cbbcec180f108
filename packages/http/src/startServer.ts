import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { HttpAppOptions } from "./appOptions";
import { createApp } from "./createApp";

export interface ServerOptions extends HttpAppOptions {
  /** Default 127.0.0.1: only this machine. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Milliseconds to receive a whole request (default 10 min, for long NDJSON uploads) and its headers (10 s). */
  requestTimeoutMs?: number;
  headersTimeoutMs?: number;
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * Serves the app on Node's HTTP server. Without tokens it refuses to listen
 * beyond the loopback: an unauthenticated API is for one user on one machine.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  if (!options.tokens && !LOOPBACK.has(host)) {
    throw new Error(
      `Refusing to listen on ${host} without a token file: give --tokens, or listen on 127.0.0.1. ` +
        `没有令牌文件时只监听本机（127.0.0.1）；请用 --tokens 指定令牌文件。`,
    );
  }
  const app = createApp(options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve(
      {
        fetch: app.fetch,
        hostname: host,
        port: options.port ?? 8080,
        serverOptions: {
          requestTimeout: options.requestTimeoutMs ?? 600_000,
          headersTimeout: options.headersTimeoutMs ?? 10_000,
          keepAliveTimeout: 5_000,
        },
      },
      () => resolve(started),
    );
    started.once("error", reject);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
