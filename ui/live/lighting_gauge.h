#pragma once
// The lighting gauge (L1): the left/right balance of the face and its exposure, each as a bar with the
// allowed zone in green and a marker for the measured value.
#include <QWidget>
#include <optional>

#include "cs/core/check_result.h"
#include "cs/core/spec_profile.h"

namespace cs::ui {

struct LightingReading {
  std::optional<double> balance;   // (right - left) / mean luma: the marker leans to the brighter side
  std::optional<double> exposure;  // mean face luminance 0-255
  cs::CheckStatus balanceStatus = cs::CheckStatus::NotAssessed;
  cs::CheckStatus exposureStatus = cs::CheckStatus::NotAssessed;
};

// Picks the L1 checks apart by their key ("balance"/"side" and "luma"/"exposure").
LightingReading readLighting(const cs::CheckList& checks);

class LightingGauge : public QWidget {
  Q_OBJECT
 public:
  explicit LightingGauge(QWidget* parent = nullptr);
  void setProfile(const cs::SpecProfile& profile) { profile_ = profile; }
  void setReading(const LightingReading& reading);
  QSize sizeHint() const override { return {340, 74}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  void paintBar(QPainter& p, int y, const QString& title, const QString& leftEnd, const QString& rightEnd,
                double zoneFrom, double zoneTo, std::optional<double> marker, cs::CheckStatus status);
  cs::SpecProfile profile_;
  LightingReading reading_;
};

}  // namespace cs::ui
