// Finding the candidate: a barcode scan (ticket digits + Enter) selects them; typing part of a name lists
// the matches.
#include <QApplication>
#include <QKeyEvent>
#include <QListWidget>
#include <gtest/gtest.h>

#include "capture/candidate_panel.h"
#include "cs/core/batch/roster.h"
#include "support/test_support.h"

namespace {

class CandidatePanelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const QString folder = QString::fromStdString((temp_.path / "batch").string());
    ASSERT_TRUE(batch_.openOrCreate(folder, QStringLiteral("test"), QStringLiteral("tester")).isEmpty());
    add("张三", "11010519491231001", "2026000001");
    add("张三丰", "11010519491231002", "2026000002");
    add("李四", "11010519491231003", "2026000003");
  }
  void add(const char* name, const std::string& first17, const char* ticket) {
    auto added = batch_.addCandidate(QString::fromUtf8(name), QString::fromStdString(first17 + cs::batch::idNumberCheckDigit(first17)),
                                     QString::fromLatin1(ticket), QStringLiteral("tester"));
    ASSERT_TRUE(added.ok()) << added.error().message;
  }
  cs::test::TempDir temp_;
  cs::ui::BatchSession batch_;
};

void typeAndEnter(QLineEdit* box, const QString& text) {
  box->setFocus();
  for (const QChar c : text) {
    QKeyEvent key(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
    QApplication::sendEvent(box, &key);
  }
  QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
  QApplication::sendEvent(box, &enter);
}

TEST_F(CandidatePanelTest, BarcodeScanOfTheTicketSelectsTheCandidate) {
  cs::ui::CandidatePanel panel(batch_);
  panel.show();
  typeAndEnter(panel.searchBox(), QStringLiteral("2026000003"));
  ASSERT_TRUE(panel.current().has_value());
  EXPECT_EQ(panel.current()->name, "李四");
  EXPECT_TRUE(panel.searchBox()->text().isEmpty()) << "ready for the next scan";
}

TEST_F(CandidatePanelTest, TypingPartOfANameListsTheMatches) {
  cs::ui::CandidatePanel panel(batch_);
  panel.show();
  panel.searchBox()->setText(QStringLiteral("张三"));
  emit panel.searchBox()->textEdited(panel.searchBox()->text());
  auto* list = panel.findChild<QListWidget*>();
  ASSERT_NE(list, nullptr);
  EXPECT_EQ(list->count(), 2);
  EXPECT_TRUE(list->isVisible());
}

TEST_F(CandidatePanelTest, AnUnknownTicketSaysSo) {
  cs::ui::CandidatePanel panel(batch_);
  QString said;
  QObject::connect(&panel, &cs::ui::CandidatePanel::message, [&said](const QString& m) { said = m; });
  typeAndEnter(panel.searchBox(), QStringLiteral("9999999999"));
  EXPECT_FALSE(panel.current().has_value());
  EXPECT_TRUE(said.contains(QStringLiteral("9999999999"))) << said.toStdString();
}

}  // namespace
