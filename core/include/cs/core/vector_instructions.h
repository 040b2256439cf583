#pragma once
// Which build of the face search's per-pixel loops this CPU runs: "AVX2" or "x86-64 baseline" (SSE2).
// Both give the same results; the figures of `capture-station-cli bench` depend on it.
namespace cs {

const char* vectorInstructionsInUse();

}  // namespace cs
