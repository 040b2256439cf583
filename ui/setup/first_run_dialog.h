#pragma once
// The first-run set-up (issue 5): site name and code, station name, default background colour, where
// batches live and the first supervisor account. Shown once when the station starts with no completed
// set-up; the same dialog in Edit mode changes any of it later (leaving the password empty keeps it).
// Writes through StationSetupSettings (QSettings) only when every field is valid: a cancelled or refused
// dialog changes nothing.
#include <QDialog>
#include <QSettings>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cs::ui {

struct StationSetup;

class FirstRunDialog : public QDialog {
  Q_OBJECT
 public:
  enum class Mode { FirstRun, Edit };
  FirstRunDialog(QSettings& settings, Mode mode, QWidget* parent = nullptr);

  // What is wrong with the fields as they are, one plain sentence each (empty: ready to save).
  QStringList problems() const;

  void accept() override;  // saves and closes, or shows the problems and stays open

 private:
  void buildForm();
  void fill(const StationSetup& setup);
  StationSetup entered() const;
  void chooseBatchRoot();
  QString prepareBatchRoot(const QString& folder) const;  // "" when usable, else the problem

  QSettings& settings_;
  Mode mode_;
  QLineEdit* siteName_ = nullptr;
  QLineEdit* siteCode_ = nullptr;
  QLineEdit* stationName_ = nullptr;
  QComboBox* backdrop_ = nullptr;
  QLineEdit* batchRoot_ = nullptr;
  QLineEdit* supervisorName_ = nullptr;
  QLineEdit* password_ = nullptr;
  QLineEdit* passwordAgain_ = nullptr;
  QLabel* problems_ = nullptr;
};

// Shows the dialog when the set-up was never completed. Returns false only when it was shown and the
// user cancelled it (the station then runs on the defaults and asks again next time).
bool runFirstRunSetupIfNeeded(QSettings& settings, QWidget* parent = nullptr);

}  // namespace cs::ui
