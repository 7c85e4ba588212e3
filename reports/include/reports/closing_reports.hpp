// The year-end closing as report tables: the checks' problems, the entries
// the close posts (year-end entries, opening entry), and its summary. What
// `close --dry-run` shows is what `close` posts (rules/closing's plan).
#pragma once

#include <string>
#include <vector>

#include "closing/year_closing.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// One row per problem (none: an empty table). CSV contract: severity,
// check,subject,amount,entries (the first entry in question, then "(+N)"
// when there are more).
void write_closing_problems(const ClosingPlan& plan, const Labels& labels, TableWriter& out);

// The entries the close posts, one row per line, with footer totals.
// `title_id` names the table (closing.year_end.title, closing.opening.title).
// CSV contract: piece,date,journal,account,auxiliary,label,debit,credit.
void write_closing_entries(const std::vector<Transaction>& entries, std::string_view title_id, const Labels& labels,
                           TableWriter& out);

// field,value rows: the year, the entry date, the next year (and whether
// the close opens it), the result, the counts of problems.
void write_closing_summary(const ClosingPlan& plan, const Labels& labels, TableWriter& out);

}  // namespace comptoir
