#!/usr/bin/env bash
# The reference-backend benchmark on a machine with a real GPU (DEVELOPERS.md):
# checks that Dawn finds the GPU, runs the conformance check on it, then
# `npm run bench -- --backends` with larger sizes. Under 10 minutes on a
# machine with a GPU; prints the Markdown tables for the README.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NO_COLOR=1
[ -d node_modules ] || npm ci --no-audit --no-fund
if command -v nvidia-smi >/dev/null; then nvidia-smi --query-gpu=name,driver_version --format=csv,noheader; fi
# Dawn reaches an NVIDIA or AMD GPU through Vulkan: the loader must be there.
if ! ldconfig -p | grep -q 'libvulkan.so.1'; then
  echo "no Vulkan loader (libvulkan.so.1): apt-get install libvulkan1 (and the GPU driver's Vulkan ICD), or Dawn falls back to Mesa's software OpenGL" >&2
fi
rm -f .kata/cache/backend-webgpu-*.json   # judge this device afresh
KATA_BACKEND=webgpu timeout 120 node -r ts-node/register -e "
  const r = require('./graders/kit/toolkit/referenceBackend').referenceBackend();
  console.log('webgpu reference on', r.device, '· measured precision factor', r.precisionFactor.toFixed(2));
"
export BENCH_BACKENDS=${BENCH_BACKENDS:-cpu,webgpu}
export BENCH_RUNS=${BENCH_RUNS:-3}
export BENCH_SIZES=${BENCH_SIZES:-4,64,256,512,1024}
export BENCH_LABEL=${BENCH_LABEL:-$( (nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null || echo 'this machine') | head -1)}
timeout 480 npm run bench -- --backends
mkdir -p "${OUT:-.kata}" && cp .kata/bench-backends.md "${OUT:-.kata}/bench-backends-gpu.md"
