// What a supervisor reads in the review window's checks table before approving: every check named by its
// requirement id, problems first, and nothing cut at the screen sizes the review runs on (1366x768,
// 1920x1080) in Chinese and in English: labels and messages wrap; the failing reason is in the table, in
// full under it with the measured value, and in the tooltip; the detail side, not the grid, gets the room.
#include <QApplication>
#include <QHeaderView>
#include <QLabel>

#include "review/candidate_delegate.h"
#include "review/candidate_detail.h"
#include "review/review_checks_table.h"
#include "review/review_window.h"
#include "review_batch_fixture.h"
#include "window/language.h"

namespace cs::test {
namespace {

struct Screen {
  int width;
  int height;
  cs::ui::Language language;
};

void PrintTo(const Screen& screen, std::ostream* out) {
  *out << screen.width << "x" << screen.height << (screen.language == cs::ui::Language::English ? " en" : " zh_CN");
}

std::string screenName(const ::testing::TestParamInfo<Screen>& info) {
  return std::to_string(info.param.width) + "x" + std::to_string(info.param.height) +
         (info.param.language == cs::ui::Language::English ? "_en" : "_zh");
}

class ReviewChecksTest : public ReviewBatchTest {
 protected:
  void TearDown() override { cs::ui::applyLanguage(cs::ui::Language::Chinese); }
  // The window at a screen's size, on the candidate kept despite a failed check (P2, eyes not open).
  std::unique_ptr<cs::ui::ReviewWindow> showOverridden(const Screen& screen) {
    cs::ui::applyLanguage(screen.language);
    cs::ui::ReviewOptions options;
    options.refreshIntervalMs = 0;
    auto window = std::make_unique<cs::ui::ReviewWindow>(openReadOnly(), options);
    window->resize(screen.width, screen.height);
    window->show();
    EXPECT_TRUE(window->selectCandidate(candidateId(Overridden)));
    QApplication::processEvents();
    return window;
  }
};

class ReviewChecksAtScreenSize : public ReviewChecksTest, public ::testing::WithParamInterface<Screen> {};

TEST_P(ReviewChecksAtScreenSize, EveryCheckIsReadableWithoutHovering) {
  auto window = showOverridden(GetParam());
  const cs::ui::ReviewChecksTable* table = window->detail()->checksTable();
  ASSERT_GT(table->rowCount(), 20);  // the real checks of a certificate photo, plus the failed P2
  for (int row = 0; row < table->rowCount(); ++row) {
    const auto& check = table->shownChecks()[static_cast<std::size_t>(row)];
    EXPECT_TRUE(table->requirementText(row).startsWith(QString::fromStdString(check.id) + QLatin1Char(' ')))
        << "row " << row << " does not start with its requirement id: " << table->requirementText(row).toStdString();
    EXPECT_TRUE(table->showsInFull(row)) << "row " << row << " is cut: " << table->requirementText(row).toStdString()
                                         << " | " << table->resultText(row).toStdString() << " (columns "
                                         << table->columnWidth(0) << "+" << table->columnWidth(1) << " px)";
  }
}

TEST_P(ReviewChecksAtScreenSize, TheDetailSideGetsTheRoomAndTheGridKeepsTwoTilesAcross) {
  auto window = showOverridden(GetParam());
  const QList<int> sizes = window->splitter()->sizes();
  ASSERT_EQ(sizes.size(), 2);
  EXPECT_GE(sizes[1], GetParam().width * 7 / 10);  // photo and checks: at least 70 % of the width
  EXPECT_GE(window->grid()->viewport()->width(), 2 * cs::ui::CandidateDelegate::tileSize().width());
  // The checks are at least as wide as the photo beside them.
  EXPECT_GE(window->detail()->checksTable()->width(), window->detail()->photoColumn()->width());
}

INSTANTIATE_TEST_SUITE_P(Screens, ReviewChecksAtScreenSize,
                         ::testing::Values(Screen{1366, 768, cs::ui::Language::Chinese},
                                           Screen{1366, 768, cs::ui::Language::English},
                                           Screen{1920, 1080, cs::ui::Language::Chinese},
                                           Screen{1920, 1080, cs::ui::Language::English}),
                         screenName);

TEST_F(ReviewChecksTest, TheFailedCheckComesFirstWithItsReasonInFullUnderTheTable) {
  auto window = showOverridden({1366, 768, cs::ui::Language::Chinese});
  const cs::ui::ReviewChecksTable* table = window->detail()->checksTable();
  EXPECT_TRUE(table->requirementText(0).startsWith(QStringLiteral("P2 ")));
  EXPECT_EQ(table->resultText(0), QStringLiteral("眼睛没有完全睁开"));
  EXPECT_EQ(table->currentRow(), 0);  // selected: its detail is under the table without a click
  const QString detail = window->detail()->checkDetail()->text();
  EXPECT_TRUE(detail.contains(QStringLiteral("P2 "))) << detail.toStdString();
  EXPECT_TRUE(detail.contains(QStringLiteral("未通过：眼睛没有完全睁开"))) << detail.toStdString();
  EXPECT_FALSE(detail.contains(QStringLiteral("实测")));  // this check was recorded without a unit or a range
  EXPECT_TRUE(table->item(0, 1)->toolTip().contains(QStringLiteral("眼睛没有完全睁开")));  // hover: the same
  EXPECT_NE(table->item(0, 1)->background().color(), table->item(1, 1)->background().color());  // tinted
}

TEST_F(ReviewChecksTest, ClickingACheckShowsWhatWasMeasuredAndTheAllowedRange) {
  auto window = showOverridden({1366, 768, cs::ui::Language::English});
  cs::ui::ReviewChecksTable* table = window->detail()->checksTable();
  int g3 = -1;
  for (int row = 0; row < table->rowCount(); ++row)
    if (table->shownChecks()[static_cast<std::size_t>(row)].id == "G3") g3 = row;
  ASSERT_GE(g3, 0);
  table->setCurrentCell(g3, 1);
  const auto& check = table->shownChecks()[static_cast<std::size_t>(g3)];
  const QString detail = window->detail()->checkDetail()->text();
  EXPECT_TRUE(detail.contains(QStringLiteral("G3 Eye position"))) << detail.toStdString();
  EXPECT_TRUE(detail.contains(QStringLiteral("meets the standard"))) << detail.toStdString();
  EXPECT_TRUE(detail.contains(QStringLiteral("Measured"))) << detail.toStdString();
  EXPECT_TRUE(detail.contains(QString::fromStdString(check.range).toHtmlEscaped())) << detail.toStdString();
}

TEST_F(ReviewChecksTest, APhotoThatPassedEverythingSelectsNothingAndSaysHowToSeeMore) {
  auto window = showOverridden({1366, 768, cs::ui::Language::English});
  ASSERT_TRUE(window->selectCandidate(candidateId(Passed)));
  const cs::ui::ReviewChecksTable* table = window->detail()->checksTable();
  EXPECT_EQ(table->currentRow(), -1);
  EXPECT_TRUE(window->detail()->checkDetail()->text().startsWith(QStringLiteral("Click a check")));
}

}  // namespace
}  // namespace cs::test
