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

// Does the option `arg` ("--db", "--db=x", "-o", "--read-only") of one of
// the commands in `chain` take the next argument as its value?
bool takes_next_value(const std::vector<const CLI::App*>& chain, const std::string& arg) {
  if (arg.find('=') != std::string::npos) return false;
  const bool long_name = arg.rfind("--", 0) == 0;
  const std::string name = arg.substr(long_name ? 2 : 1);
  for (const CLI::App* command : chain) {
    for (const CLI::Option* option : command->get_options()) {
      const auto& names = long_name ? option->get_lnames() : option->get_snames();
      if (std::find(names.begin(), names.end(), name) != names.end()) return option->get_items_expected_min() > 0;
    }
  }
  return false;
}

// "comptoir vat" for the group vat, "comptoir" for the app.
std::string command_path(const CLI::App* command) {
  std::string path;
  for (; command->get_parent() != nullptr; command = command->get_parent()) {
    path = command->get_name() + (path.empty() ? "" : " " + path);
  }
  return path.empty() ? "comptoir" : "comptoir " + path;
}

}  // namespace

std::optional<UnknownCommand> unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  std::vector<const CLI::App*> chain{&app};
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h" || arg == "--version") return std::nullopt;
  }
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.size() > 1 && arg[0] == '-') {
      if (takes_next_value(chain, arg)) ++i;
      continue;
    }
    const CLI::App* level = chain.back();
    // A command without subcommands takes what follows as its arguments.
    if (level->get_subcommands({}).empty()) return std::nullopt;
    const CLI::App* next = nullptr;
    for (const CLI::App* command : level->get_subcommands({})) {
      if (command->check_name(arg)) next = command;
    }
    if (next == nullptr) {
      if (level->get_require_subcommand_min() == 0) return std::nullopt;  // CLI11 says what is wrong
      return UnknownCommand{level, arg};
    }
    chain.push_back(next);
  }
  if (chain.back()->get_require_subcommand_min() > 0) return UnknownCommand{chain.back(), ""};
  return std::nullopt;
}

std::string unknown_command_message(const UnknownCommand& unknown) {
  const std::string path = command_path(unknown.group);
  const std::string prefix = path == "comptoir" ? "" : path.substr(std::string("comptoir ").size()) + " ";
  const auto commands = unknown.group->get_subcommands({});
  if (unknown.typed.empty()) {
    std::string names;
    for (const CLI::App* command : commands) names += (names.empty() ? "" : ", ") + command->get_name();
    return "'" + path + "' needs a command: " + names + " (" + path + " --help says what each does)";
  }
  std::string best;
  std::size_t best_distance = 3;  // more than two edits away is no suggestion
  for (const CLI::App* command : commands) {
    const std::size_t d = distance(unknown.typed, command->get_name());
    if (d < best_distance) {
      best_distance = d;
      best = command->get_name();
    }
  }
  std::string message = "unknown command '" + prefix + unknown.typed + "'";
  if (!best.empty()) message += "; did you mean '" + prefix + best + "'?";
  return message + " (" + path + " --help lists the commands)";
}

}  // namespace comptoir::cli
