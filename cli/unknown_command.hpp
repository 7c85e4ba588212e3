// A mistyped command ("comptoir balanse") said plainly, with the nearest
// command comptoir knows, instead of CLI11's "A subcommand is required".
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace comptoir::cli {

// The first argument that is neither a global option nor an option's
// value, when it names no command of `app`; nullopt otherwise.
[[nodiscard]] std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv);

// "unknown command 'balanse'; did you mean 'balance'?" (the suggestion
// only when a command is within two edits of what was typed).
[[nodiscard]] std::string unknown_command_message(const CLI::App& app, const std::string& typed);

}  // namespace comptoir::cli
