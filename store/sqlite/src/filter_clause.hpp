// The WHERE clause of a listing: SQL conditions with `?` placeholders and
// their values, built from a TransactionFilter, bound in order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/book_reader.hpp"

namespace comptoir {

class Statement;

class FilterClause {
 public:
  // Conditions for transactions (table alias `t`); account_prefix selects
  // those with at least one matching posting. Status is left to the caller.
  [[nodiscard]] static FilterClause for_transactions(const TransactionFilter& filter);
  // Conditions for postings (alias `p`) joined to their transaction (`t`),
  // status included.
  [[nodiscard]] static FilterClause for_postings(const TransactionFilter& filter);

  // A condition without parameters, or with values for its `?`s in order.
  void add(std::string condition);
  void add(std::string condition, std::string value);
  void add(std::string condition, std::int64_t value);
  // `column` starts with `prefix` (as an index range, case-sensitive).
  void add_prefix(const std::string& column, const std::string& prefix);

  // " WHERE a AND b", or "" when there is no condition.
  [[nodiscard]] std::string where() const;
  // "a AND b", or "1" when there is no condition.
  [[nodiscard]] std::string conjunction() const;
  // Binds the values from parameter 1 on.
  void bind(Statement& statement) const;

 private:
  std::vector<std::string> conditions_;
  std::vector<std::variant<std::int64_t, std::string>> values_;
};

// The smallest string greater than every string starting with `prefix`,
// if there is one ("706" -> "707").
[[nodiscard]] std::optional<std::string> prefix_end(std::string prefix);

}  // namespace comptoir
