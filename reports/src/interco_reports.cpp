// The inter-association pairs and their check (see interco_reports.hpp).
#include "reports/interco_reports.hpp"

#include "interco/interco_pair.hpp"
#include "reports/book_listings.hpp"

namespace comptoir {
namespace {

InterCoTally write_pairs(const BookReader& book, int year, bool problems_only, const Labels& t, TableWriter& out) {
  TransactionFilter filter;
  if (year != 0) filter.fiscal_year = year;
  check_filter(book, filter);
  const auto pairs = interco_pairs(book, filter);
  std::string title(t(problems_only ? "interco.check.title" : "interco.list.title"));
  if (year != 0) title += " " + std::to_string(year);
  out.begin({title,
             {{"pair", std::string(t("interco.col.pair")), 12},
              {"entity", std::string(t("col.entity_short")), 4},
              {"entries", std::string(t("interco.col.entries")), 15},
              {"date", std::string(t("col.date")), 10},
              {"third_party", std::string(t("interco.col.third_party")), 11, Align::Right},
              {"result", std::string(t("interco.col.result")), 14, Align::Right},
              {"status", std::string(t("col.status")), 0}}});
  InterCoTally tally{pairs.size(), 0};
  for (const auto& pair : pairs) {
    if (!pair.matches()) ++tally.mismatches;
    if (problems_only && pair.matches()) continue;
    // The problem is the rule's own wording; a match is "ok" for machines.
    const Cell status = pair.matches() ? Cell(Code{"ok", ""}) : Cell(pair.problem);
    for (const auto& side : pair.sides) {
      std::string refs;
      for (const auto& r : side.references) refs += (refs.empty() ? "" : " ") + r;
      out.row({pair.id, side.entity, refs, side.date, side.third_party, side.result, status});
    }
  }
  out.end();
  return tally;
}

}  // namespace

InterCoTally write_interco_pairs(const BookReader& book, int year, const Labels& labels, TableWriter& out) {
  return write_pairs(book, year, false, labels, out);
}

InterCoTally write_interco_mismatches(const BookReader& book, int year, const Labels& labels, TableWriter& out) {
  return write_pairs(book, year, true, labels, out);
}

std::string interco_check_summary(const InterCoTally& tally, const Labels& t) {
  if (tally.mismatches == 0) return t("interco.check.all_match", {{"pairs", std::to_string(tally.pairs)}});
  return t("interco.check.some_differ",
           {{"mismatches", std::to_string(tally.mismatches)}, {"pairs", std::to_string(tally.pairs)}});
}

}  // namespace comptoir
