// A mistyped command ("comptoir balanse", "comptoir vat sumary") or a
// missing one ("comptoir vat") said plainly, with the nearest command
// comptoir knows, instead of CLI11's "A subcommand is required".
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace comptoir::cli {

// Where the command line names no command that exists: `group` is the
// command whose subcommands were looked for (the app itself at the top),
// `typed` what stood there ("" when nothing did).
struct UnknownCommand {
  const CLI::App* group = nullptr;
  std::string typed;
};

// Walks the arguments that are neither options nor options' values down
// the command tree; nullopt when they name existing commands down to one
// that needs no further command, or when help is asked for.
[[nodiscard]] std::optional<UnknownCommand> unknown_command(const CLI::App& app, int argc, const char* const* argv);

// "unknown command 'vat sumary'; did you mean 'vat summary'? (comptoir vat
// --help lists the commands)" — the suggestion only within two edits;
// "'comptoir vat' needs a command: ca3, summary, …" when none was typed.
[[nodiscard]] std::string unknown_command_message(const UnknownCommand& unknown);

}  // namespace comptoir::cli
