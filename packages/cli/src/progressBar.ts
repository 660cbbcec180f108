import type { CliIo } from "./cliIo";

/**
 * A one-line progress bar on stderr for a long phase (reading, assessing,
 * writing). On a pipe or a file it prints nothing at all, so redirected
 * output stays clean. `end` closes the line once; calling it again does nothing.
 */
export function progressBar(
  io: CliIo,
  label: string,
): { update: (done: number, total: number) => void; end: () => void } {
  if (!io.interactive) return { update: () => {}, end: () => {} };
  let last = -1;
  let ended = false;
  return {
    update(done, total) {
      if (ended) return;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const percent = Math.floor(share * 100);
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round(share * width);
      io.stderr(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)}%`,
      );
    },
    end() {
      if (!ended && last >= 0) io.stderr("\n");
      ended = true;
    },
  };
}
