// See demo_book.hpp.
#include "support/demo_book.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "support/temp_dir.hpp"

namespace comptoir::test {
namespace {

namespace fs = std::filesystem;

// What a write would change: size and modification time of the file, and a
// write-ahead log with frames in it.
struct Fingerprint {
  std::uintmax_t size = 0;
  fs::file_time_type modified;
  std::uintmax_t wal_size = 0;
  bool operator==(const Fingerprint&) const = default;
};

Fingerprint fingerprint(const fs::path& book) {
  const fs::path wal = book.string() + "-wal";
  return {fs::file_size(book), fs::last_write_time(book), fs::exists(wal) ? fs::file_size(wal) : 0};
}

// The file, checked once.
const fs::path& checked_path() {
  static const fs::path book = [] {
    const fs::path path = COMPTOIR_DEMO_BOOK;
    if (!fs::is_regular_file(path) || fs::file_size(path) == 0) {
      throw std::runtime_error("no demo book at " + path.string() +
                               ": build the comptoir_demo_book target (tests/CMakeLists.txt) first");
    }
    return path;
  }();
  return book;
}

// The fingerprint when this process first used the file.
const Fingerprint& first_seen() {
  static const Fingerprint seen = fingerprint(checked_path());
  return seen;
}

}  // namespace

const fs::path& shared_demo_book() {
  (void)first_seen();
  return checked_path();
}

fs::path copy_demo_book(const fs::path& to) {
  remove_book_files(to);
  fs::copy_file(shared_demo_book(), to);
  fs::permissions(to, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::add);
  return to;
}

bool shared_demo_book_untouched() {
  return fingerprint(shared_demo_book()) == first_seen();
}

void expect_shared_demo_book_untouched() {
  EXPECT_TRUE(shared_demo_book_untouched()) << "the shared demo book " << shared_demo_book().string()
                                            << " changed during this test: write to a copy (copy_demo_book) instead";
}

}  // namespace comptoir::test
