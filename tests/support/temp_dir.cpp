// See temp_dir.hpp.
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <iostream>
#include <stdexcept>

namespace comptoir::test {
namespace {

// "Suite.Test", "Suite" in a suite-level set-up, or "test"; characters a
// file name should not carry (parameterised names have '/') become '-'.
std::string running_test_label() {
  const auto* unit = ::testing::UnitTest::GetInstance();
  std::string label = "test";
  if (const auto* info = unit->current_test_info()) {
    label = std::string(info->test_suite_name()) + "." + info->name();
  } else if (const auto* suite = unit->current_test_suite()) {
    label = suite->name();
  }
  for (char& c : label) {
    if (c == '/' || c == ' ') c = '-';
  }
  return label;
}

}  // namespace

TempDir::TempDir() : TempDir(running_test_label()) {}

TempDir::TempDir(const std::string& label) {
  std::string pattern = (std::filesystem::temp_directory_path() / ("comptoir-" + label + "-XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a temporary directory " + pattern);
  path_ = pattern;
}

TempDir::~TempDir() {
  if (::testing::Test::HasFailure()) {
    std::cerr << "kept " << path_.string() << " for inspection (the test failed)\n";
    return;
  }
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

void remove_book_files(const std::filesystem::path& book) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(book.string() + suffix);
}

}  // namespace comptoir::test
