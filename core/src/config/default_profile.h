#pragma once

namespace cs {
// The text of resources/spec-profile.json as it was at build time.
const char* defaultProfileJson();
}  // namespace cs
