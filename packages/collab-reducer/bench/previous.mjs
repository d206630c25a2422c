// Figures of the previous live reducer: main at fd98cab (before issue 12),
// measured on 2026-12-01 on the development machine (2-vCPU VM, shared,
// Node 20.20.2) with this script's workloads and timing (CPU time):
//   node --expose-gc bench/live.mjs --impl <main>/packages/collab-reducer/dist/index.js
// (--runs 1 for the slow figures; see bench/README.md). The in-order figure
// is the middle of three rounds interleaved with this version's (load 5-12).
export const PREVIOUS = {
  label: "main fd98cab, 2026-12-01, 2-vCPU development VM (shared), CPU time",
  figures: {
    "d64-read100-strict": 682,
    "d64-read100-permissive": 45_854,
    "d8-read1-strict": 1_292,
    "d8-read1-permissive": 1_192,
    "in-order": 1_592_483,
    "batch-shuffled-strict": 590_456,
    "batch-shuffled-permissive": 588_430,
    "snapshot-time": 9.39,
    "snapshot-size": 17.63,
    restore: 1.81,
  },
};
