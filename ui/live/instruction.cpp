#include "live/instruction.h"

#include <QCoreApplication>

#include "window/language.h"

namespace cs::ui {

namespace {

// Used only when the core gave no failing check for a crop that does not fit.
QString cropProblemText(cs::CropProblem problem) {
  switch (problem) {
    case cs::CropProblem::NoRoomAbove: return QCoreApplication::translate("Instruction", "Not enough room above the head: raise the camera or move back");
    case cs::CropProblem::NoRoomBelow: return QCoreApplication::translate("Instruction", "Lower the camera");
    case cs::CropProblem::NoRoomLeft: return QCoreApplication::translate("Instruction", "Move a little right");
    case cs::CropProblem::NoRoomRight: return QCoreApplication::translate("Instruction", "Move a little left");
    case cs::CropProblem::FaceTooSmall: return QCoreApplication::translate("Instruction", "Move closer (or zoom in)");
    case cs::CropProblem::HairTopUnknown: return QCoreApplication::translate("Instruction", "The top of the head cannot be seen: check the backdrop behind the hair");
    case cs::CropProblem::None: break;
  }
  return {};
}

}  // namespace

Instruction instructionFor(const LiveResult* result, bool analyzerReady) {
  if (!analyzerReady) return {QCoreApplication::translate("Instruction", "Loading the face model…"), Signal::Unknown};
  if (!result) return {QCoreApplication::translate("Instruction", "Waiting for the picture…"), Signal::Unknown};
  const cs::Analysis& a = result->analysis;
  // A face first: without one, the other checks (colour, backdrop) are about an empty picture.
  if (a.faces.count() == 0) return {QCoreApplication::translate("Instruction", "No face found: have the candidate face the camera"), Signal::Bad};
  if (a.faces.count() > 1) return {QCoreApplication::translate("Instruction", "More than one person in view: only the candidate may be in the picture"), Signal::Bad};
  if (const cs::CheckResult* problem = cs::mostImportantProblem(a.checks)) {
    const QString text = checkMessage(*problem);
    if (!text.isEmpty()) return {text, fromStatus(problem->status)};
  }
  if (a.crop && !a.crop->fits()) return {cropProblemText(a.crop->problem), Signal::Bad};
  return {QCoreApplication::translate("Instruction", "All checks pass: press Space to take the photo"), Signal::Good};
}

}  // namespace cs::ui
