// Shared by the forecast commands: the `forecast` group and plan tables
// written with the report table writers.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "forecast/plan_table.hpp"
#include "render/table_writers.hpp"

namespace comptoir::cli {

// The `forecast` subcommand group (created by the first command that asks).
CLI::App* forecast_command_group(CLI::App& app);

// Writes tables one after another (a JSON array when several).
void write_plan_tables(const std::vector<forecast::PlanTable>& tables, OutputFormat format, Language language);

}  // namespace comptoir::cli
