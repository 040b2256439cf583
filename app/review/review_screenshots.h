#pragma once
// The scripted run behind scripts/review-screenshots.sh: shows the review window in a few states a
// supervisor meets (the whole batch, a photo kept despite a failed check, the reject dialog, export
// refused with its list), saves a screenshot of the screen after each, then quits. Needs an X server
// (Xvfb): the screen is grabbed so that dialogs are in the picture.
#include <QObject>
#include <QString>
#include <functional>
#include <vector>

namespace cs::ui { class ReviewWindow; }

namespace cs::review {

class ReviewScreenshots : public QObject {
  Q_OBJECT
 public:
  ReviewScreenshots(cs::ui::ReviewWindow& window, QString outputDir, QObject* parent = nullptr);
  void start();

 private:
  void runStep(size_t index);
  void save(const QString& name);
  void settle();  // thumbnails loaded and painted
  cs::ui::ReviewWindow& window_;
  QString outputDir_;
  std::vector<std::function<void()>> steps_;
};

}  // namespace cs::review
