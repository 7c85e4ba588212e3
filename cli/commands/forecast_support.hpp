// Shared by the funding forecast commands: the `forecast` group, the base
// year's actuals read from the book (through reports' category summaries),
// and plan tables written with the report table writers.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "forecast/base_year_actuals.hpp"
#include "forecast/plan_table.hpp"
#include "core/book_reader.hpp"
#include "render/table_writers.hpp"

namespace comptoir::cli {

// The `forecast` subcommand group (created by the first command that asks).
CLI::App* forecast_command_group(CLI::App& app);

// Resources and expenses by activity-report category of every entity of the
// book in `year` (validated entries), combined with interco eliminated, and
// the year-end balance of the 5xx treasury accounts. Throws
// Error(InvalidInput) when the book has no activity that year.
[[nodiscard]] forecast::BaseYearActuals read_base_year(const BookReader& reader, int year);

// Writes tables one after another (a JSON array when several).
void write_plan_tables(const std::vector<forecast::PlanTable>& tables, OutputFormat format, Language language);

}  // namespace comptoir::cli
