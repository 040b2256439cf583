#pragma once
// The backdrop swatch (B3): the colour measured above the head beside the three allowed colours of the
// standard (light blue, white, light grey); the nearest one is outlined.
#include <QColor>
#include <QWidget>
#include <optional>

#include "cs/core/check_result.h"
#include "cs/core/spec_profile.h"

namespace cs::ui {

class BackdropSwatch : public QWidget {
  Q_OBJECT
 public:
  explicit BackdropSwatch(QWidget* parent = nullptr);
  void setProfile(const cs::SpecProfile& profile);
  void setMeasured(std::optional<QColor> colour, cs::CheckStatus b3Status);
  int nearestAllowed() const;  // index into profile.backdrops, -1 without a measurement
  QSize sizeHint() const override { return {340, 70}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  cs::SpecProfile profile_;
  std::optional<QColor> measured_;
  cs::CheckStatus status_ = cs::CheckStatus::NotAssessed;
};

}  // namespace cs::ui
