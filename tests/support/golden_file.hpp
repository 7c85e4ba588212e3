// Golden files: an output compared with a reviewed copy in tests/golden/.
// COMPTOIR_UPDATE_GOLDEN=1 rewrites the copy instead of comparing (then
// review the diff), and is refused when CI is set: a CI run that rewrote
// its golden files would pass whatever they held.
#pragma once

#include <filesystem>
#include <string>

namespace comptoir::test {

// EXPECTs `actual` to equal the file at `path` (a missing file fails),
// or rewrites it under COMPTOIR_UPDATE_GOLDEN=1 outside CI.
void expect_golden_file(const std::filesystem::path& path, const std::string& actual);

// True when the CI environment variable is set (to anything but "", "0" or "false").
bool running_in_ci();

}  // namespace comptoir::test
