#pragma once
// A temporary batch with one candidate in each state a supervisor meets, made through the real store
// (BatchStore::create + importRoster + addAttempt + approve / reject). The photo is a real certificate
// JPEG made from tests/fixtures/london-002-pass.jpg by the core pipeline (made once per test program).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "cs/core/batch/batch_store.h"
#include "support/test_support.h"

namespace cs::test {

struct CertificatePhoto {
  std::vector<std::uint8_t> jpeg;
  cs::CheckList checks;  // the real checks of that photo, warnings set to pass (see the .cpp)
};
const CertificatePhoto& certificatePhoto();  // ASSERTs inside when the pipeline cannot make it

// Valid 18-character ID numbers (GB 11643 check digit), different for each `n`.
std::string idNumber(int n);

class ReviewBatchTest : public ::testing::Test {
 protected:
  // Roster order and the state each candidate is left in:
  //  0 张三 passed (awaiting review)     1 李四 warnings (awaiting review)
  //  2 王五 overridden (awaiting review) 3 赵六 not captured
  //  4 钱七 two takes, approved           5 孙八 rejected
  enum Who { Passed, Warned, Overridden, NotCaptured, Retaken, Rejected, kCount };
  void SetUp() override;
  std::unique_ptr<cs::batch::BatchStore> openReadOnly() const;
  std::unique_ptr<cs::batch::BatchStore> openWritable() const;
  std::int64_t candidateId(Who who) const { return ids_[who]; }
  cs::batch::NewAttempt attemptWith(cs::CheckStatus extra, const std::string& overrideReason = {}) const;
  std::string folder() const { return (dir_.path / "batch").string(); }

  TempDir dir_;
  std::int64_t ids_[kCount] = {};
};

}  // namespace cs::test
