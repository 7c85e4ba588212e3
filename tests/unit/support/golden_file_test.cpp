// Golden files compare, rewrite under COMPTOIR_UPDATE_GOLDEN=1, and refuse
// to rewrite when CI is set (the test fails, the file is left as it was).
#include "support/golden_file.hpp"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"

namespace comptoir::test {
namespace {

// Sets (or unsets) an environment variable for one scope.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value != nullptr)
      setenv(name, value, 1);
    else
      unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_)
      setenv(name_, old_->c_str(), 1);
    else
      unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The messages of the failures `expect_golden_file(path, actual)` reports, intercepted.
std::vector<std::string> failures_of(const std::string& path, const std::string& actual) {
  ::testing::TestPartResultArray results;
  {
    const ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &results);
    expect_golden_file(path, actual);
  }
  std::vector<std::string> messages;
  for (int i = 0; i < results.size(); ++i) messages.emplace_back(results.GetTestPartResult(i).message());
  return messages;
}

class GoldenFile : public ::testing::Test {
 protected:
  void SetUp() override { std::ofstream(golden_, std::ios::binary) << "reviewed\n"; }
  TempDir dir_;
  std::string golden_ = dir_.file("golden.txt");
  ScopedEnv no_update_{"COMPTOIR_UPDATE_GOLDEN", nullptr};
  ScopedEnv no_ci_{"CI", nullptr};
};

TEST_F(GoldenFile, EqualPassesAndDifferentFails) {
  EXPECT_EQ(failures_of(golden_, "reviewed\n").size(), 0U);
  const auto results = failures_of(golden_, "changed\n");
  ASSERT_EQ(results.size(), 1U);
  EXPECT_NE(results[0].find("differs from golden file"), std::string::npos);
  EXPECT_EQ(failures_of(dir_.file("missing.txt"), "").size(), 1U);  // a missing file is no empty output
}

TEST_F(GoldenFile, UpdateRewritesOutsideCi) {
  const ScopedEnv update("COMPTOIR_UPDATE_GOLDEN", "1");
  EXPECT_EQ(failures_of(golden_, "changed\n").size(), 0U);
  EXPECT_EQ(read(golden_), "changed\n");
}

TEST_F(GoldenFile, UpdateIsRefusedInCi) {
  const ScopedEnv update("COMPTOIR_UPDATE_GOLDEN", "1");
  const ScopedEnv ci("CI", "true");
  const auto results = failures_of(golden_, "changed\n");
  ASSERT_EQ(results.size(), 1U);
  EXPECT_NE(results[0].find("refused when CI is set"), std::string::npos);
  EXPECT_EQ(read(golden_), "reviewed\n");
  EXPECT_EQ(failures_of(golden_, "reviewed\n").size(), 1U);  // refused even when equal: nothing was compared
}

TEST(RunningInCi, EmptyZeroAndFalseMeanNo) {
  for (const char* no : {"", "0", "false"}) {
    const ScopedEnv ci("CI", no);
    EXPECT_FALSE(running_in_ci()) << no;
  }
  const ScopedEnv ci("CI", "1");
  EXPECT_TRUE(running_in_ci());
}

}  // namespace
}  // namespace comptoir::test
