#include "review_batch_fixture.h"

#include "cs/core/batch/roster.h"
#include "cs/core/certificate.h"
#include "cs/core/version.h"

namespace cs::test {

namespace {
CertificatePhoto makeCertificatePhoto() {
  CertificatePhoto out;
  auto analyzer = cs::PhotoAnalyzer::create();
  if (!analyzer) {
    ADD_FAILURE() << analyzer.error().message;
    return out;
  }
  auto made = cs::makeCertificateFromFile(**analyzer, fixture("london-002-pass.jpg"), 1'790'000'000);
  if (!made || !made->certificate.jpeg) {
    ADD_FAILURE() << "no certificate from london-002-pass.jpg";
    return out;
  }
  out.jpeg = made->certificate.jpeg->bytes;
  out.checks = made->certificate.analysis.checks;
  // The base of every attempt is "all checks passed": this photo's one estimate warning (C1, clothing
  // close to the backdrop) is set to pass; each candidate's own warning or failure is added on top.
  for (auto& c : out.checks)
    if (c.status == cs::CheckStatus::Warn) c.status = cs::CheckStatus::Pass;
  return out;
}
}  // namespace

const CertificatePhoto& certificatePhoto() {
  static const CertificatePhoto photo = makeCertificatePhoto();
  return photo;
}

std::string idNumber(int n) {
  std::string first17 = "1101052000010100" + std::to_string(n % 10);
  return first17 + cs::batch::idNumberCheckDigit(first17);
}

cs::batch::NewAttempt ReviewBatchTest::attemptWith(cs::CheckStatus extra, const std::string& overrideReason) const {
  cs::batch::NewAttempt a;
  a.jpeg = certificatePhoto().jpeg;
  a.checks = certificatePhoto().checks;
  if (extra != cs::CheckStatus::Pass) {
    cs::CheckResult c;
    c.id = "P2";
    c.key = "eyes_open";
    c.status = extra;
    c.messageZh = "眼睛没有完全睁开";
    c.messageEn = "Eyes not fully open";
    a.checks.push_back(c);
  }
  a.operatorName = "李华";
  a.overrideReason = overrideReason;
  a.software = cs::kSoftwareName;
  return a;
}

void ReviewBatchTest::SetUp() {
  ASSERT_FALSE(certificatePhoto().jpeg.empty());
  cs::batch::BatchInfo info;
  info.name = "2026 高考 城关镇";
  info.site = "城关镇";
  auto store = cs::batch::BatchStore::create(folder(), info, "admin");
  ASSERT_TRUE(store) << store.error().message;
  const char* names[kCount] = {"张三", "李四", "王五", "赵六", "钱七", "孙八"};
  std::vector<cs::batch::RosterEntry> roster;
  for (int i = 0; i < kCount; ++i)
    roster.push_back({names[i], idNumber(i), "202610000" + std::to_string(i), i + 2});
  auto imported = (*store)->importRoster(roster, "admin");
  ASSERT_TRUE(imported) << imported.error().message;
  const auto all = (*store)->candidates();
  for (int i = 0; i < kCount; ++i) ids_[i] = all[static_cast<size_t>(i)].id;

  auto& s = **store;
  ASSERT_TRUE(s.addAttempt(ids_[Passed], attemptWith(cs::CheckStatus::Pass)));
  ASSERT_TRUE(s.addAttempt(ids_[Warned], attemptWith(cs::CheckStatus::Warn)));
  ASSERT_TRUE(s.addAttempt(ids_[Overridden], attemptWith(cs::CheckStatus::Fail, "考生眼睑下垂，医生证明")));
  ASSERT_TRUE(s.addAttempt(ids_[Retaken], attemptWith(cs::CheckStatus::Warn)));
  ASSERT_TRUE(s.addAttempt(ids_[Retaken], attemptWith(cs::CheckStatus::Pass)));
  ASSERT_TRUE(s.approve(ids_[Retaken], "王军"));
  ASSERT_TRUE(s.addAttempt(ids_[Rejected], attemptWith(cs::CheckStatus::Pass)));
  ASSERT_TRUE(s.reject(ids_[Rejected], "王军", "头发遮住眉毛"));
}

std::unique_ptr<cs::batch::BatchStore> ReviewBatchTest::openReadOnly() const {
  auto store = cs::batch::BatchStore::open(folder(), cs::batch::OpenMode::ReadOnly);
  EXPECT_TRUE(store) << (store ? "" : store.error().message);
  return store ? std::move(store.value()) : nullptr;
}

std::unique_ptr<cs::batch::BatchStore> ReviewBatchTest::openWritable() const {
  auto store = cs::batch::BatchStore::open(folder(), cs::batch::OpenMode::ReadWrite);
  EXPECT_TRUE(store) << (store ? "" : store.error().message);
  return store ? std::move(store.value()) : nullptr;
}

}  // namespace cs::test
