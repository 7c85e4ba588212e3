// One temporary directory per test (or suite), removed at the end unless the
// test failed: then it stays for inspection and the path is printed. Every
// test that needs files on disk uses this one helper.
#pragma once

#include <filesystem>
#include <string>

namespace comptoir::test {

class TempDir {
 public:
  // <system temp dir>/comptoir-<label>-XXXXXX; the default label names the
  // running test (or suite), so a kept directory says whose it is.
  TempDir();
  explicit TempDir(const std::string& label);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  // path()/name, as a string (what SqliteBook::open and the CLI take).
  [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Removes a SQLite book and its -wal, -shm and -journal files, if present.
void remove_book_files(const std::filesystem::path& book);

}  // namespace comptoir::test
