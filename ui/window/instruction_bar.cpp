#include "window/instruction_bar.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace cs::ui {

InstructionBar::InstructionBar(QWidget* parent)
    : QWidget(parent), arrow_(new QLabel(QStringLiteral("➜"))), label_(new QLabel), shutter_(new QPushButton),
      auto_(new QCheckBox), mirror_(new QCheckBox) {
  QFont big = label_->font();
  big.setPixelSize(30);
  big.setBold(true);
  label_->setFont(big);
  arrow_->setFont(big);
  label_->setWordWrap(true);
  label_->setMinimumHeight(56);
  QFont buttonFont = shutter_->font();
  buttonFont.setPixelSize(20);
  buttonFont.setBold(true);
  shutter_->setFont(buttonFont);
  shutter_->setMinimumSize(180, 56);
  shutter_->setFocusPolicy(Qt::NoFocus);  // Space must reach the window's shortcut, not click twice
  auto_->setFocusPolicy(Qt::NoFocus);
  mirror_->setFocusPolicy(Qt::NoFocus);
  auto* switches = new QVBoxLayout;
  switches->addWidget(auto_);
  switches->addWidget(mirror_);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(12, 4, 12, 4);
  layout->addWidget(arrow_);
  layout->addWidget(label_, 1);
  layout->addLayout(switches);
  layout->addWidget(shutter_);
  setAutoFillBackground(true);
  retranslate();
}

void InstructionBar::showInstruction(const Instruction& instruction) {
  label_->setText(instruction.text);
  const QColor colour = signalColour(instruction.signal);
  const QString css = QStringLiteral("color:%1").arg(colour.darker(instruction.signal == Signal::Near ? 125 : 110).name());
  label_->setStyleSheet(css);
  arrow_->setStyleSheet(css);
}

void InstructionBar::retranslate() {
  shutter_->setText(tr("Capture (Space)"));
  auto_->setText(tr("Auto-capture"));
  auto_->setToolTip(tr("Takes the photo by itself when every check has been green for one second"));
  mirror_->setText(tr("Mirror preview"));
  mirror_->setToolTip(tr("Mirrors only this preview for the candidate's comfort; the saved photo is never mirrored (I2)"));
}

}  // namespace cs::ui
