// The closing's tables (see closing_reports.hpp).
#include "reports/closing_reports.hpp"

namespace comptoir {
namespace {

std::string text(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

Code severity(const Labels& t, ClosingSeverity s) {
  const std::string code = s == ClosingSeverity::Blocking ? "blocking" : "warning";
  return {code, text(t, "closing.severity." + code)};
}

// The first entry in question, and how many more (the dry run's journal
// and the listings show them all).
std::string first_entries(const std::vector<std::string>& items) {
  if (items.empty()) return {};
  if (items.size() == 1) return items.front();
  return items.front() + " (+" + std::to_string(items.size() - 1) + ")";
}

Cell optional_amount(Money amount) {
  if (amount.is_zero()) return {};
  return amount;
}

std::int64_t count(const ClosingPlan& plan, ClosingSeverity s) {
  std::int64_t n = 0;
  for (const auto& p : plan.problems) n += p.severity == s ? 1 : 0;
  return n;
}

}  // namespace

void write_closing_problems(const ClosingPlan& plan, const Labels& t, TableWriter& out) {
  out.begin({text(t, "closing.checks.title"),
             {{"severity", text(t, "closing.col.severity"), 10},
              {"check", text(t, "closing.col.check"), 20, Align::Left, 12},
              {"subject", text(t, "closing.col.subject"), 8, Align::Left, 6},
              {"amount", text(t, "closing.col.amount"), 12, Align::Right},
              {"entries", text(t, "closing.col.entries"), 26, Align::Left, 14}}});
  for (const auto& p : plan.problems) {
    out.row({severity(t, p.severity), Code{p.check, text(t, "closing.check." + p.check)}, p.subject,
             optional_amount(p.amount), first_entries(p.entries)});
  }
  out.end();
}

void write_closing_entries(const std::vector<Transaction>& entries, std::string_view title_id, const Labels& t,
                           TableWriter& out) {
  out.begin({text(t, title_id),
             {{"piece", text(t, "col.piece"), 10, Align::Left, 6},
              {"date", text(t, "col.date"), 10},
              {"journal", text(t, "col.journal_short"), 0},  // the title says it: OD or AN
              {"account", text(t, "col.account"), 6},
              {"auxiliary", text(t, "col.auxiliary"), 8, Align::Left, 4},
              {"label", text(t, "col.label"), 20, Align::Left, 8},
              {"debit", text(t, "col.debit"), 12, Align::Right},
              {"credit", text(t, "col.credit"), 12, Align::Right}}});
  Money debit, credit;
  for (const auto& e : entries) {
    for (const auto& p : e.postings) {
      out.row({e.piece_ref, e.date, e.journal, p.account, p.auxiliary, p.label.empty() ? e.label : p.label, p.debit,
               p.credit});
      debit += p.debit;
      credit += p.credit;
    }
  }
  out.footer({text(t, "common.total"), {}, {}, {}, {}, {}, debit, credit});
  out.end();
}

void write_closing_summary(const ClosingPlan& plan, const Labels& t, TableWriter& out) {
  out.begin({text(t, "closing.summary.title") + " " + plan.entity + " " + std::to_string(plan.year.year),
             {{"field", text(t, "closing.col.field"), 38, Align::Left, 16},
              {"value", text(t, "closing.col.value"), 20, Align::Left, 10}}});
  auto field = [&](const std::string& key, Cell value) {
    out.row({Code{key, text(t, "closing.field." + key)}, std::move(value)});
  };
  field("start", plan.year.start);
  field("end", plan.year.end);
  field("entry_date", plan.entry_date);
  field("next_start", plan.next_year.start);
  field("next_end", plan.next_year.end);
  field("next_opened", !plan.next_year_exists);
  const std::string kind = plan.result.is_negative() ? "deficit" : "surplus";
  field("result", Code{kind, text(t, "closing.result." + kind)});
  field("result_amount", plan.result);
  field("blocking", count(plan, ClosingSeverity::Blocking));
  field("warnings", count(plan, ClosingSeverity::Warning));
  out.end();
}

}  // namespace comptoir
