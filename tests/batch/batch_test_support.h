#pragma once
// Synthetic data for the batch tests: ID numbers with valid GB 11643 check digits (made-up regions and
// birth dates, not real people), rosters, stand-in JPEG bytes, and a ready batch.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cs/core/batch/batch_store.h"
#include "support/test_support.h"

namespace cs::test {

// "110105" + birth + 3-digit sequence + the check digit.
std::string syntheticIdNumber(int index, const std::string& birth = "19900307");
std::vector<batch::RosterEntry> syntheticRoster(int count);
// Bytes that start and end like a JPEG; different for each `seed`.
std::vector<std::uint8_t> fakeJpeg(int seed, std::size_t size = 25000);
CheckList passingChecks();
CheckList failingChecks();  // one failed G2 check
batch::NewAttempt newAttempt(int seed, const std::string& operatorName = "photographer-1");

// A batch in `folder` with `count` synthetic candidates.
std::unique_ptr<batch::BatchStore> makeBatch(const std::string& folder, int count);
std::string readText(const std::string& path);
void writeBytes(const std::string& path, const std::string& bytes);
// Runs a shell command; returns its exit code and fills `output` with stdout+stderr.
int runCommand(const std::string& command, std::string* output = nullptr);
unsigned fileMode(const std::string& path);  // permission bits

}  // namespace cs::test
