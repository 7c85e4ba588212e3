// What the statements share (statements.hpp): the opening entries of a
// year, the accounts that are amortissements or dépréciations, and the
// notes every statement may carry.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "labels/labels.hpp"
#include "reports/statements.hpp"
#include "reports/table_data.hpp"

namespace comptoir::statements {

// The debit and credit of an account's postings.
struct Movements {
  Money debit;
  Money credit;
  [[nodiscard]] Money balance() const { return debit - credit; }
};

// The validated postings of journal AN in `year` of `entity`, per account.
[[nodiscard]] std::map<std::string, Movements> opening_entries(const BookReader& book, const std::string& entity,
                                                               int year);

// The validated postings of `year` whose account starts with `prefix`,
// summed per (account, auxiliary account): receivables and payables are
// classed per third party.
[[nodiscard]] std::map<std::pair<std::string, std::string>, Money> balances_per_auxiliary(const BookReader& book,
                                                                                          const std::string& entity,
                                                                                          int year,
                                                                                          const std::string& prefix);

// The trial balance of the validated postings of `year` of `entity`.
[[nodiscard]] std::vector<AccountBalance> year_balances(const BookReader& book, const std::string& entity, int year);

// Amortissements and dépréciations: 28, 29, 39, 49, 59.
[[nodiscard]] bool is_depreciation_account(std::string_view account);

// The PCG class of an account number (its first digit), 0 if none.
[[nodiscard]] int account_class(std::string_view account);

// "The opening balances of N are not carried yet" when the entity has a
// previous year and N holds no entry of journal AN (the previous year is
// not closed, or was closed without them); appended to `notes`.
void add_opening_note(const BookReader& book, const StatementYears& years, std::vector<StatementNote>& notes);

// The rows of a statement a reader sees, from one row per layout row (in
// layout order): the lines zero in N and N-1 (`zero(row)`) are left out,
// then each section (a heading "x" and its total "+x.*") left without a
// line and whose total is zero, then the headings no line or heading
// follows.
template <typename Row, typename Zero>
std::vector<Row> shown_rows(const StatementLayout& layout, std::vector<Row> rows, Zero zero) {
  const auto& layout_rows = layout.rows();
  std::vector<bool> keep(rows.size(), true);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (layout_rows[i].kind == LayoutRowKind::Line && zero(rows[i])) keep[i] = false;
  }
  for (std::size_t h = 0; h < rows.size(); ++h) {
    if (layout_rows[h].kind != LayoutRowKind::Heading) continue;
    const std::string section = layout_rows[h].id + ".";
    bool lines = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& r = layout_rows[i];
      if (r.kind == LayoutRowKind::Line && keep[i] && r.id.starts_with(section)) lines = true;
      const bool its_total = r.kind == LayoutRowKind::Total && r.formula.size() == 1 && r.formula[0].pattern == section;
      if (its_total && !lines && zero(rows[i])) keep[h] = keep[i] = false;
    }
  }
  for (std::size_t h = rows.size(); h-- > 0;) {
    if (layout_rows[h].kind != LayoutRowKind::Heading || !keep[h]) continue;
    std::size_t next = h + 1;
    while (next < rows.size() && !keep[next]) ++next;
    const bool followed = next < rows.size() && (layout_rows[next].kind == LayoutRowKind::Line ||
                                                 layout_rows[next].kind == LayoutRowKind::Heading);
    if (!followed) keep[h] = false;
  }
  std::vector<Row> out;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (keep[i]) out.push_back(std::move(rows[i]));
  }
  return out;
}

// "Accounts not classed: ..." when `accounts` is not empty.
void add_unmatched_note(const std::vector<std::string>& accounts, std::vector<StatementNote>& notes);

// A statement's title: the label `id` with {entity}, {year}, {start}, {end}.
[[nodiscard]] std::string statement_title(const Labels& labels, const char* id, const StatementYears& years);

// The notes as a table "notes" (note: its code, its text in text; text;
// amount) appended to `tables`; nothing when there is none.
void add_note_table(const std::vector<StatementNote>& notes, const Labels& labels, std::vector<TableData>& tables);

}  // namespace comptoir::statements
