// Writing one co-financing rule row: shared by schema v2 (which loads the
// shipped rules) and the store (`cofinancing rule add`).
#pragma once

#include <string>

#include "cofinancing/cofinancing_rule.hpp"
#include "connection.hpp"
#include "statement.hpp"

namespace comptoir {

inline constexpr const char* insert_cofinancing_rule_sql =
    "INSERT INTO cofinancing_rule (code, funder, funder_name, rate, cap_cents, cap_scope, base, valid_from, "
    "valid_to, eligibility_flag, priority) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

// Binds `rule` to a statement prepared from insert_cofinancing_rule_sql and
// runs it; `what` names the action in a storage error.
void insert_cofinancing_rule(Statement& insert, const CofinancingRule& rule, const std::string& what);

}  // namespace comptoir
