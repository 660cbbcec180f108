#!/bin/sh
# A/B of the core against another commit in one process (see abCore.ts).
#   bench/ab/ab.sh COMMIT [validate|assess|draw] [N]
set -e
commit=${1:?usage: bench/ab/ab.sh COMMIT [validate|assess|draw] [N]}
root=$(git rev-parse --show-toplevel)
out="$root/bench/.bench-out/ab"
rm -rf "$out/base"
mkdir -p "$out/base"
git -C "$root" archive "$commit" packages/core/src | tar -x -C "$out/base"
npx esbuild "$root/bench/ab/abCore.ts" --bundle --platform=node --log-level=warning \
  --alias:@base="$out/base/packages/core/src" --outfile="$out/abCore.cjs"
shift
node "$out/abCore.cjs" "$@"
