import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

export interface Machine {
  cpuModel: string;
  nproc: number;
  free: string;
  node: string;
  v8: string;
  platform: string;
  loadAverage: number[];
}

function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.split(":").slice(1).join(":").trim();
  } catch {
    // Not Linux: fall through to what Node knows.
  }
  return os.cpus()[0]?.model ?? "unknown";
}

function freeH(): string {
  try {
    return execFileSync("free", ["-h"], { encoding: "utf8" }).trimEnd();
  } catch {
    return `total ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, free ${(os.freemem() / 2 ** 30).toFixed(1)} GiB`;
  }
}

function nproc(): number {
  try {
    return Number(execFileSync("nproc", { encoding: "utf8" }).trim());
  } catch {
    return os.availableParallelism();
  }
}

/** What the figures were measured on: `nproc`, `free -h`, the CPU model, Node and V8. */
export function describeMachine(): Machine {
  return {
    cpuModel: cpuModel(),
    nproc: nproc(),
    free: freeH(),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg(),
  };
}
