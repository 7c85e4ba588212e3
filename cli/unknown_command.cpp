// See unknown_command.hpp.
#include "unknown_command.hpp"

#include <algorithm>
#include <vector>

namespace comptoir::cli {
namespace {

// Edit distance (insertions, deletions, substitutions) between two names.
std::size_t distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// Does the global option `arg` ("--db", "--db=x", "--read-only") take the
// next argument as its value?
bool takes_next_value(const CLI::App& app, const std::string& arg) {
  if (arg.rfind("--", 0) != 0 || arg.find('=') != std::string::npos) return false;
  for (const CLI::Option* option : app.get_options()) {
    const auto& names = option->get_lnames();
    if (std::find(names.begin(), names.end(), arg.substr(2)) != names.end()) {
      return option->get_items_expected_min() > 0;
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.empty() || arg[0] == '-') {
      if (takes_next_value(app, arg)) ++i;
      continue;
    }
    for (const CLI::App* command : app.get_subcommands({})) {
      if (command->check_name(arg)) return std::nullopt;
    }
    return arg;
  }
  return std::nullopt;
}

std::string unknown_command_message(const CLI::App& app, const std::string& typed) {
  std::string best;
  std::size_t best_distance = 3;  // more than two edits away is no suggestion
  for (const CLI::App* command : app.get_subcommands({})) {
    const std::size_t d = distance(typed, command->get_name());
    if (d < best_distance) {
      best_distance = d;
      best = command->get_name();
    }
  }
  std::string message = "unknown command '" + typed + "'";
  if (!best.empty()) message += "; did you mean '" + best + "'?";
  return message + " (comptoir --help lists the commands)";
}

}  // namespace comptoir::cli
