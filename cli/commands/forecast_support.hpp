// Shared by the forecast commands: the `forecast` group, the labels of
// --lang and the tables written one after another on standard output.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "context.hpp"
#include "reports/table_data.hpp"

namespace comptoir::cli {

// The `forecast` subcommand group (created by the first command that asks).
CLI::App* forecast_command_group(CLI::App& app);

// The labels of --lang ("fr", "en"), or of --locale when it is empty.
Labels forecast_labels(const Context& ctx, const std::string& lang);

// The tables in --format (a JSON array when several).
void print_tables(const Context& ctx, const std::vector<TableData>& tables, const Labels& t);

}  // namespace comptoir::cli
