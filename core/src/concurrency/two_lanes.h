#pragma once
// Independent pieces of work shared between the calling thread and one helper thread: each lane takes the
// next piece nobody has taken yet, so a long piece on one lane is balanced by several short ones on the
// other. The station has two cores; the checks of one photo are ~60 small pieces of uneven cost.
#include <functional>
#include <span>

namespace cs {

// Runs every task once and returns when all are done. List long tasks first: they then start at once
// and the short ones fill in behind them. A task that throws is rethrown here after the others finished.
void runInTwoLanes(std::span<const std::function<void()>> tasks);

}  // namespace cs
