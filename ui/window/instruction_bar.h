#pragma once
// The strip under the preview: one large instruction (coloured by its severity), the shutter button and
// the auto-capture and mirror switches.
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QWidget>

#include "live/instruction.h"

namespace cs::ui {

class InstructionBar : public QWidget {
  Q_OBJECT
 public:
  explicit InstructionBar(QWidget* parent = nullptr);
  void showInstruction(const Instruction& instruction);
  QString text() const { return label_->text(); }
  QPushButton* shutter() const { return shutter_; }
  QCheckBox* autoCapture() const { return auto_; }
  QCheckBox* mirror() const { return mirror_; }
  void retranslate();

 private:
  QLabel* arrow_;
  QLabel* label_;
  QPushButton* shutter_;
  QCheckBox* auto_;
  QCheckBox* mirror_;
};

}  // namespace cs::ui
