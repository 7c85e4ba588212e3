// The inter-association flows (AT <-> RES) as report tables: every pair
// with each side's entries, third-party balance and eliminated expense or
// income, or, for the check, only the pairs whose two sides differ. The
// pairs themselves are found and checked in rules/interco.
#pragma once

#include <cstddef>
#include <string>

#include "core/book_reader.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// How many pairs a listing looked at, and how many of them differ.
struct InterCoTally {
  std::size_t pairs = 0;
  std::size_t mismatches = 0;
};

// One row per side of every pair of fiscal year `year` (0 = every year).
// CSV contract: pair,entity,entries,date,third_party,result,status (status
// "ok" or the problem). Throws Error(InvalidInput) for a fiscal year the
// book does not have.
InterCoTally write_interco_pairs(const BookReader& book, int year, const Labels& labels, TableWriter& out);

// The same rows for the pairs whose sides differ or lack a side only.
InterCoTally write_interco_mismatches(const BookReader& book, int year, const Labels& labels, TableWriter& out);

// "Toutes les paires concordent (15)" or "2 paire(s) discordante(s) sur
// 15": the line that follows the check in text.
[[nodiscard]] std::string interco_check_summary(const InterCoTally& tally, const Labels& labels);

}  // namespace comptoir
