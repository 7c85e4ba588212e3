// The demo books (`comptoir demo`) for the tests, built once per build into
// <build>/tests/demo-book/demo.db by a build step (build_demo_book.cmake)
// rather than by every test: ctest runs each test in its own process, and
// posting the demo takes seconds where copying the file takes milliseconds.
// A test reads the shared file without writing (`--read-only`, or
// OpenMode::ReadOnly) or works on its own copy.
#pragma once

#include <filesystem>

namespace comptoir::test {

// The shared file; throws std::runtime_error when the build did not make it.
const std::filesystem::path& shared_demo_book();

// A new writable copy of the demo books at `to` (any old book there is
// replaced); returns `to`.
std::filesystem::path copy_demo_book(const std::filesystem::path& to);

// Fails the running test when the shared file changed since this process
// first asked for it: a test wrote to the book every other test reads.
void expect_shared_demo_book_untouched();
// The same check as a value, for test frameworks other than GoogleTest
// (the GUI's QTest suites).
[[nodiscard]] bool shared_demo_book_untouched();

}  // namespace comptoir::test
