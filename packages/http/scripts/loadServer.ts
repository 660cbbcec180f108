// The server the load test measures, in a process of its own so that its RSS is the server's alone.
// Logs go to /dev/null (written, so their cost is measured); prints its URL on stdout.
import { pino } from "pino";
import { startServer } from "../src/index";

const server = await startServer({ port: 0, rateLimit: false, logger: pino(pino.destination("/dev/null")) });
process.stdout.write(`${server.url}\n`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
