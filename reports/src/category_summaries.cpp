// Category summaries from the trial balance, and the combined view with
// inter-association flows (postings tagged interco=<id>) eliminated.
#include "reports/category_summaries.hpp"

#include <map>
#include <optional>

#include "core/error.hpp"

namespace comptoir {
namespace {

// Amounts per category code on each side; "other" collects unmatched accounts.
struct SideAmounts {
  std::map<std::string, Money> expense;
  std::map<std::string, Money> resource;
  std::map<std::string, Money>& of(CategorySide side) { return side == CategorySide::Expense ? expense : resource; }
};

std::optional<CategorySide> side_of(const std::string& account) {
  if (account.empty()) return std::nullopt;
  if (account[0] == '6') return CategorySide::Expense;
  if (account[0] == '7') return CategorySide::Resource;
  return std::nullopt;
}

Money signed_amount(CategorySide side, Money debit, Money credit) {
  return side == CategorySide::Expense ? debit - credit : credit - debit;
}

std::string code_of(const CategoryScheme& scheme, const std::string& entity, CategorySide side,
                    const std::string& account) {
  const CategoryDefinition* c = scheme.classify(entity, side, account);
  return c != nullptr ? c->code : std::string(CategoryScheme::other_code);
}

TransactionFilter year_filter(const std::string& entity, int year, const std::string& prefix) {
  TransactionFilter filter;
  filter.entity = entity;
  filter.fiscal_year = year;
  filter.account_prefix = prefix;
  return filter;
}

void require_entity(const CategoryScheme& scheme, const std::string& entity) {
  if (!scheme.has_entity(entity)) {
    throw Error(ErrorKind::NotFound, "the category scheme has no category for entity '" + entity + "'");
  }
}

SideAmounts amounts_of(const BookReader& reader, const std::string& entity, int year, const CategoryScheme& scheme) {
  SideAmounts amounts;
  for (const auto& row : reader.trial_balance(year_filter(entity, year, ""))) {
    auto side = side_of(row.account);
    if (!side) continue;
    amounts.of(*side)[code_of(scheme, entity, *side, row.account)] += signed_amount(*side, row.debit, row.credit);
  }
  return amounts;
}

// Subtracts the class-6/7 postings tagged interco=<id>; returns the amounts taken out.
SideAmounts interco_of(const BookReader& reader, const std::string& entity, int year, const CategoryScheme& scheme) {
  SideAmounts interco;
  for (const char* prefix : {"6", "7"}) {
    reader.for_each_ledger_line(year_filter(entity, year, prefix), [&](const LedgerLine& line) {
      const Posting& p = line.posting;
      auto side = side_of(p.account);
      if (!side || p.tags.count(interco_tag_key) == 0) return;
      interco.of(*side)[code_of(scheme, entity, *side, p.account)] += signed_amount(*side, p.debit, p.credit);
    });
  }
  return interco;
}

// Category headings in display order: the scheme's categories of each
// entity (merged by code, first label wins), "other" is added at the end.
std::vector<CategoryRow> headings(const CategoryScheme& scheme, const std::vector<std::string>& entities,
                                  CategorySide side) {
  std::vector<CategoryRow> rows;
  for (const auto& entity : entities) {
    for (const auto& c : scheme.categories_of(entity, side)) {
      bool known = false;
      for (const auto& r : rows) known = known || r.code == c.code;
      if (!known) rows.push_back({c.code, c.label_fr, c.label_en, Money(), Rational(0)});
    }
  }
  return rows;
}

CategorySideSummary build_side(CategorySide side, std::vector<CategoryRow> rows,
                               const std::map<std::string, Money>& amounts) {
  const std::string other(CategoryScheme::other_code);
  if (amounts.count(other) != 0) rows.push_back({other, "Autres", "Other", Money(), Rational(0)});
  CategorySideSummary summary{side, {}, {}};
  for (auto& row : rows) {
    auto it = amounts.find(row.code);
    if (it != amounts.end()) row.amount = it->second;
    summary.total += row.amount;
  }
  for (auto& row : rows) {
    row.share = summary.total.is_zero() ? Rational(0) : row.amount.to_rational() / summary.total.to_rational();
  }
  summary.rows = std::move(rows);
  return summary;
}

void add_into(std::map<std::string, Money>& total, const std::map<std::string, Money>& part, int sign) {
  for (const auto& [code, amount] : part) total[code] += sign > 0 ? amount : -amount;
}

}  // namespace

CategorySummary summarise_by_category(const BookReader& reader, const std::string& entity, int year,
                                      const CategoryScheme& scheme) {
  require_entity(scheme, entity);
  SideAmounts amounts = amounts_of(reader, entity, year, scheme);
  CategorySummary summary;
  summary.entities = {entity};
  summary.year = year;
  summary.expenses =
      build_side(CategorySide::Expense, headings(scheme, {entity}, CategorySide::Expense), amounts.expense);
  summary.resources =
      build_side(CategorySide::Resource, headings(scheme, {entity}, CategorySide::Resource), amounts.resource);
  return summary;
}

CategorySummary summarise_combined(const BookReader& reader, const std::vector<std::string>& entities, int year,
                                   const CategoryScheme& scheme) {
  SideAmounts combined;
  CategorySummary summary;
  summary.entities = entities;
  summary.year = year;
  for (const auto& entity : entities) {
    require_entity(scheme, entity);
    SideAmounts amounts = amounts_of(reader, entity, year, scheme);
    SideAmounts interco = interco_of(reader, entity, year, scheme);
    add_into(combined.expense, amounts.expense, +1);
    add_into(combined.expense, interco.expense, -1);
    add_into(combined.resource, amounts.resource, +1);
    add_into(combined.resource, interco.resource, -1);
    for (const auto& [code, amount] : interco.expense) summary.eliminated_expenses += amount;
    for (const auto& [code, amount] : interco.resource) summary.eliminated_resources += amount;
  }
  summary.expenses =
      build_side(CategorySide::Expense, headings(scheme, entities, CategorySide::Expense), combined.expense);
  summary.resources =
      build_side(CategorySide::Resource, headings(scheme, entities, CategorySide::Resource), combined.resource);
  return summary;
}

}  // namespace comptoir
