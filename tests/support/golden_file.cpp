// See golden_file.hpp.
#include "support/golden_file.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace comptoir::test {
namespace {

bool environment_is(const char* name, const std::string& value) {
  const char* set = std::getenv(name);
  return set != nullptr && value == set;
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

bool running_in_ci() {
  const char* ci = std::getenv("CI");
  if (ci == nullptr) return false;
  const std::string value = ci;
  return !value.empty() && value != "0" && value != "false";
}

void expect_golden_file(const std::filesystem::path& path, const std::string& actual) {
  if (environment_is("COMPTOIR_UPDATE_GOLDEN", "1")) {
    if (running_in_ci()) {
      ADD_FAILURE() << "COMPTOIR_UPDATE_GOLDEN=1 is refused when CI is set: a CI run compares golden files, it "
                       "never rewrites them ("
                    << path.string() << " left as it is; unset COMPTOIR_UPDATE_GOLDEN)";
      return;
    }
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path))
      << "missing golden file " << path.string() << " (run with COMPTOIR_UPDATE_GOLDEN=1 to create it, then review it)";
  EXPECT_EQ(read_bytes(path), actual) << "differs from golden file " << path.string()
                                      << " (if the change is intended: COMPTOIR_UPDATE_GOLDEN=1, then review the diff)";
}

}  // namespace comptoir::test
