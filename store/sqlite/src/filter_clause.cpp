// Turning a TransactionFilter into SQL conditions and bound values.
#include "filter_clause.hpp"

#include "statement.hpp"

namespace comptoir {
namespace {

// The fiscal year `year` of the entity in `entity_column` contains `date_column`.
std::string in_fiscal_year(const std::string& entity_column, const std::string& date_column) {
  return "EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = " + entity_column + " AND f.year = ? AND " +
         date_column + " BETWEEN f.start_date AND f.end_date)";
}

}  // namespace

std::optional<std::string> prefix_end(std::string prefix) {
  while (!prefix.empty()) {
    auto last = static_cast<unsigned char>(prefix.back());
    if (last < 0xFF) {
      prefix.back() = static_cast<char>(last + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return std::nullopt;
}

FilterClause FilterClause::for_transactions(const TransactionFilter& filter) {
  FilterClause clause;
  if (!filter.entity.empty()) clause.add("t.entity = ?", filter.entity);
  if (!filter.journal.empty()) clause.add("t.journal = ?", filter.journal);
  if (filter.from) clause.add("t.date >= ?", filter.from->iso());
  if (filter.to) clause.add("t.date <= ?", filter.to->iso());
  if (filter.fiscal_year) clause.add(in_fiscal_year("t.entity", "t.date"), std::int64_t{*filter.fiscal_year});
  if (!filter.tag_key.empty()) {
    clause.add("t.id IN (SELECT x.txn_id FROM posting_tag g JOIN posting x ON x.id = g.posting_id WHERE g.key = ?)",
               filter.tag_key);
  }
  if (!filter.account_prefix.empty()) {
    FilterClause inner;
    inner.add_prefix("x.account", filter.account_prefix);
    clause.conditions_.push_back("EXISTS (SELECT 1 FROM posting x WHERE x.txn_id = t.id AND " + inner.conjunction() +
                                 ")");
    clause.values_.insert(clause.values_.end(), inner.values_.begin(), inner.values_.end());
  }
  return clause;
}

FilterClause FilterClause::for_postings(const TransactionFilter& filter) {
  FilterClause clause;
  if (!filter.entity.empty()) clause.add("p.entity = ?", filter.entity);
  if (!filter.account_prefix.empty()) clause.add_prefix("p.account", filter.account_prefix);
  if (filter.from) clause.add("p.date >= ?", filter.from->iso());
  if (filter.to) clause.add("p.date <= ?", filter.to->iso());
  if (filter.fiscal_year) clause.add(in_fiscal_year("p.entity", "p.date"), std::int64_t{*filter.fiscal_year});
  if (!filter.journal.empty()) clause.add("t.journal = ?", filter.journal);
  if (filter.status == StatusFilter::Validated) clause.add("t.status = 'validated'");
  if (filter.status == StatusFilter::Draft) clause.add("t.status = 'draft'");
  return clause;
}

void FilterClause::add(std::string condition) {
  conditions_.push_back(std::move(condition));
}

void FilterClause::add(std::string condition, std::string value) {
  conditions_.push_back(std::move(condition));
  values_.emplace_back(std::move(value));
}

void FilterClause::add(std::string condition, std::int64_t value) {
  conditions_.push_back(std::move(condition));
  values_.emplace_back(value);
}

void FilterClause::add_prefix(const std::string& column, const std::string& prefix) {
  add(column + " >= ?", prefix);
  if (auto end = prefix_end(prefix)) add(column + " < ?", std::move(*end));
}

std::string FilterClause::where() const {
  return conditions_.empty() ? std::string() : " WHERE " + conjunction();
}

std::string FilterClause::conjunction() const {
  if (conditions_.empty()) return "1";
  std::string sql;
  for (const auto& condition : conditions_) {
    if (!sql.empty()) sql += " AND ";
    sql += condition;
  }
  return sql;
}

void FilterClause::bind(Statement& statement) const {
  int index = 0;
  for (const auto& value : values_) {
    ++index;
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
      statement.bind(index, *number);
    } else {
      statement.bind(index, std::get<std::string>(value));
    }
  }
}

}  // namespace comptoir
