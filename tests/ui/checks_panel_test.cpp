// The station's checks list: a problem's whole instruction is readable without hovering (its row grows to
// show it), while passed checks stay one line each, so the list does not jump on every preview frame.
#include <QFontMetrics>
#include <gtest/gtest.h>

#include "live/checks_panel.h"

namespace {

cs::CheckResult check(const char* id, cs::CheckStatus status, const char* message, int order) {
  cs::CheckResult c;
  c.id = id;
  c.key = "test";
  c.status = status;
  c.messageEn = message;
  c.messageZh = message;
  c.order = order;
  return c;
}

// The height the result cell needs to show its text in full, wrapped at the column's width.
int neededHeight(const cs::ui::ChecksPanel& panel, int row) {
  const QTableWidgetItem* item = panel.item(row, 1);
  const int width = panel.columnWidth(1) - 8;  // the cell's margins
  return QFontMetrics(panel.font())
      .boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, item->text())
      .height();
}

TEST(ChecksPanel, AProblemsWholeInstructionIsShownAndPassedChecksStayOneLine) {
  cs::ui::ChecksPanel panel;
  panel.resize(390, 300);  // the station's right-hand column at 1366x768
  panel.show();
  const char* longMessage = "The photo's resolution is too low: move closer or use a higher resolution";
  panel.showChecks({check("G1", cs::CheckStatus::Pass, "", 10),
                    check("I4", cs::CheckStatus::Fail, longMessage, 35),
                    check("G3", cs::CheckStatus::Pass, "", 12)});
  ASSERT_EQ(panel.rowCount(), 3);
  EXPECT_EQ(panel.item(0, 1)->text(), QString::fromUtf8(longMessage)) << "the problem is listed first";
  EXPECT_GT(neededHeight(panel, 0), QFontMetrics(panel.font()).height()) << "the message needs several lines here";
  EXPECT_GE(panel.rowHeight(0), neededHeight(panel, 0)) << "the failing row must show its whole instruction";
  EXPECT_EQ(panel.rowHeight(1), panel.rowHeight(2)) << "passed rows keep one height";
  EXPECT_LT(panel.rowHeight(1), panel.rowHeight(0));
}

TEST(ChecksPanel, WhyNothingIsShownIsReadableInFull) {
  cs::ui::ChecksPanel panel;
  panel.resize(390, 300);
  panel.show();
  panel.clearChecks(QStringLiteral("No face found: ask the candidate to face the camera squarely, please"));
  ASSERT_EQ(panel.rowCount(), 1);
  EXPECT_GE(panel.rowHeight(0), neededHeight(panel, 0));
}

}  // namespace
