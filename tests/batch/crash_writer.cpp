// Child process of the crash test: opens the batch and adds attempts in a loop until it is killed.
// Usage: batch_crash_writer BATCH_DIR. Prints "ready" once the batch is open, then one line per attempt.
#include <cstdio>
#include <string>
#include <vector>

#include "cs/core/batch/batch_store.h"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  auto store = cs::batch::BatchStore::open(argv[1], cs::batch::OpenMode::ReadWrite);
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().message.c_str());
    return 1;
  }
  const auto candidates = (*store)->candidates();
  if (candidates.empty()) return 1;
  std::printf("ready\n");
  std::fflush(stdout);
  // A fake JPEG of ~30 KB (the size of a certificate photo): SOI, filler that differs per attempt, EOI.
  for (unsigned i = 0;; ++i) {
    cs::batch::NewAttempt attempt;
    attempt.jpeg.assign(30000, static_cast<std::uint8_t>(i));
    attempt.jpeg[0] = 0xFF, attempt.jpeg[1] = 0xD8, attempt.jpeg[29998] = 0xFF, attempt.jpeg[29999] = 0xD9;
    for (unsigned k = 2; k < 64; ++k) attempt.jpeg[k] = static_cast<std::uint8_t>((i * 2654435761u) >> (k % 24));
    attempt.operatorName = "crash-writer";
    attempt.software = "test";
    cs::CheckResult check;
    check.id = "F6";
    check.key = "size";
    check.status = cs::CheckStatus::Pass;
    attempt.checks.push_back(check);
    auto stored = (*store)->addAttempt(candidates[i % candidates.size()].id, attempt);
    if (!stored) {
      std::fprintf(stderr, "%s\n", stored.error().message.c_str());
      return 1;
    }
    std::printf("%lld\n", static_cast<long long>(stored->id));
    std::fflush(stdout);
  }
}
