// The compte rendu financier of a grant (CERFA n° 15059) as tables for
// every writer: the budget beside the actual figures by nature, with the
// differences in euros and in %, and its annex (the agreement, the period,
// the key of the indirect charges, the comments). The figures are computed
// in rules/grants (GrantDesk::financial_report).
#pragma once

#include <vector>

#include "grants/grant_budget.hpp"
#include "labels/labels.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// "grant-report" (row, kind, label, budget, actual, difference,
// difference_pct): CHARGES (I. the direct charges by nature and their
// total, II. the indirect charges, the total), PRODUITS and their total,
// the action's surplus or deficit, then the contributions in kind when
// there are any. difference_pct = difference / budget with one decimal,
// rounded half-up; empty when the budget is zero. Then "annex" (field,
// value): purpose, funder, awarded, period, report_period, tag,
// indirect_rate, indirect_rule, and the comment on one "comment" row per
// line of at most 60 characters (cut between words: join them with a
// space).
[[nodiscard]] std::vector<TableData> grant_report_tables(const GrantFinancialReport& report, const Labels& labels);

}  // namespace comptoir
