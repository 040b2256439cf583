#pragma once
// The batch a demonstration uses: the folder given, or a "demo-batch" folder in the station's data
// folder, with three fictional candidates when asked (or when it is the built-in demo batch).
#include <QString>

#include "capture/batch_session.h"

namespace cs::station {

QString defaultDemoBatchFolder();
// Opens or creates the batch; "" on success, else the problem. Adds the fictional roster when
// `addRoster` and the batch has no candidates yet.
QString openBatch(cs::ui::BatchSession& batch, const QString& folder, bool addRoster, const QString& operatorName);

}  // namespace cs::station
