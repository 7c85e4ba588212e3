// How comptoir-gui starts: its options, opening the book, and what it says
// when the book cannot be opened (a dialog when there is a display, and
// always standard error and exit code 3).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "labels/labels.hpp"

namespace comptoir::gui {

struct Options {
  std::string db;  // --db FILE; default $COMPTOIR_DB, else comptoir.db (as the CLI)
  Language language = Language::French;
  std::string screenshot;  // --screenshot FILE: save the window as PNG and quit
  std::string entity;      // --entity CODE: the entity shown first
  std::optional<int> year;
  std::vector<std::string> scenarios;  // funding-mix scenario files, each opened in a tab
  std::string tab;                     // --tab actuals|funding: the tab shown first
  bool help = false;
};

// Exit codes: as the CLI's.
inline constexpr int exit_usage = 2;
inline constexpr int exit_bad_book = 3;

// Parses the arguments after the program name. Throws Error(InvalidInput)
// saying what is wrong.
[[nodiscard]] Options parse_options(const std::vector<std::string>& args, const char* db_from_environment);

[[nodiscard]] std::string usage();

// The message shown when `path` cannot be opened: the file named in the
// labels' language, then the reason.
[[nodiscard]] std::string open_error_message(const std::string& path, const std::string& reason, const Labels& labels);

// The whole program: returns its exit code.
int run(int argc, char** argv);

}  // namespace comptoir::gui
