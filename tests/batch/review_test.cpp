// Supervisor review (W3): approve / reject with a reason; rejected candidates come back for re-capture;
// the review window's filters.
#include <gtest/gtest.h>

#include "batch_test_support.h"
#include "cs/core/batch/batch_store.h"

namespace cs::batch {
namespace {
using test::newAttempt;

std::vector<std::string> tickets(const std::vector<CandidateStatus>& list) {
  std::vector<std::string> result;
  for (const auto& s : list) result.push_back(s.candidate.ticketNumber);
  return result;
}

TEST(Review, RejectedCandidatesNeedRecaptureUntilANewAttempt) {
  test::TempDir dir;
  auto store = test::makeBatch(dir.path.string(), 2);
  const auto id = store->candidates()[0].id;
  EXPECT_FALSE(store->approve(id, "主管").ok());  // nothing captured yet
  ASSERT_TRUE(store->addAttempt(id, newAttempt(1)).ok());
  EXPECT_EQ(store->status(id).state, ReviewState::AwaitingReview);
  EXPECT_FALSE(store->reject(id, "主管", " ").ok());  // a rejection needs a reason
  auto rejected = store->reject(id, "主管", "与身份证照片不符,请重拍");
  ASSERT_TRUE(rejected.ok());
  EXPECT_EQ(store->status(id).state, ReviewState::Rejected);
  EXPECT_TRUE(store->status(id).needsCapture());
  ASSERT_TRUE(store->addAttempt(id, newAttempt(2)).ok());
  EXPECT_EQ(store->status(id).state, ReviewState::AwaitingReview);
  ASSERT_TRUE(store->approve(id, "主管").ok());
  const CandidateStatus s = store->status(id);
  EXPECT_EQ(s.state, ReviewState::Approved);
  EXPECT_EQ(s.latest->sequence, 2);
  EXPECT_EQ(s.decision->reviewer, "主管");
  const auto decisions = store->decisions(id);
  ASSERT_EQ(decisions.size(), 2u);
  EXPECT_FALSE(decisions[0].approved);
  EXPECT_EQ(decisions[0].reason, "与身份证照片不符,请重拍");
  EXPECT_EQ(store->attempts(id).size(), 2u);  // the rejected photo is kept on record (W2)
}

TEST(Review, FiltersOfTheReviewWindow) {
  test::TempDir dir;
  auto store = test::makeBatch(dir.path.string(), 6);
  const auto c = store->candidates();
  NewAttempt overridden = newAttempt(1);
  overridden.checks = test::failingChecks();
  overridden.overrideReason = "reason";
  ASSERT_TRUE(store->addAttempt(c[0].id, overridden).ok());
  ASSERT_TRUE(store->addAttempt(c[1].id, newAttempt(2)).ok());
  ASSERT_TRUE(store->addAttempt(c[1].id, newAttempt(3)).ok());
  ASSERT_TRUE(store->addAttempt(c[2].id, newAttempt(4)).ok());
  ASSERT_TRUE(store->approve(c[2].id, "主管").ok());
  ASSERT_TRUE(store->addAttempt(c[3].id, newAttempt(5)).ok());
  ASSERT_TRUE(store->reject(c[3].id, "主管", "闭眼").ok());
  EXPECT_EQ(store->list(ListFilter::All).size(), 6u);
  EXPECT_EQ(tickets(store->list(ListFilter::FailedChecks)), std::vector{c[0].ticketNumber});
  EXPECT_EQ(tickets(store->list(ListFilter::Overridden)), std::vector{c[0].ticketNumber});
  EXPECT_EQ(tickets(store->list(ListFilter::Retakes)), std::vector{c[1].ticketNumber});
  EXPECT_EQ(tickets(store->list(ListFilter::Approved)), std::vector{c[2].ticketNumber});
  EXPECT_EQ(tickets(store->list(ListFilter::Rejected)), std::vector{c[3].ticketNumber});
  EXPECT_EQ(tickets(store->list(ListFilter::NotCaptured)), (std::vector{c[4].ticketNumber, c[5].ticketNumber}));
  EXPECT_EQ(tickets(store->list(ListFilter::NeedsCapture)),
            (std::vector{c[3].ticketNumber, c[4].ticketNumber, c[5].ticketNumber}));
  EXPECT_EQ(tickets(store->list(ListFilter::AwaitingReview)), (std::vector{c[0].ticketNumber, c[1].ticketNumber}));
  EXPECT_EQ(parseListFilter("not-captured"), ListFilter::NotCaptured);
  EXPECT_FALSE(parseListFilter("bogus"));
}

TEST(Review, OnlySupervisorsReviewWhenTheBatchHasAccounts) {
  test::TempDir dir;
  auto store = test::makeBatch(dir.path.string(), 1);
  ASSERT_TRUE(store->addUser("lihua", Role::Photographer, "secret-1", "admin").ok());
  ASSERT_TRUE(store->addUser("wangjun", Role::Supervisor, "secret-2", "admin").ok());
  const auto id = store->candidates()[0].id;
  auto stranger = store->addAttempt(id, newAttempt(1, "someone-else"));  // captures need an account too
  ASSERT_FALSE(stranger.ok());
  EXPECT_NE(stranger.error().message.find("no account"), std::string::npos);
  ASSERT_TRUE(store->addAttempt(id, newAttempt(1, "lihua")).ok());
  auto refused = store->approve(id, "lihua");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("supervisor"), std::string::npos);
  EXPECT_TRUE(store->approve(id, "wangjun").ok());
}

}  // namespace
}  // namespace cs::batch
