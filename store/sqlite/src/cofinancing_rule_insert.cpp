// See cofinancing_rule_insert.hpp.
#include "cofinancing_rule_insert.hpp"

namespace comptoir {

void insert_cofinancing_rule(Statement& insert, const CofinancingRule& rule, const std::string& what) {
  // The texts outlive run(): the statement may bind them without copying.
  const std::string rate = rule.rate.str();
  const std::string scope = to_string(rule.cap_scope);
  const std::string base = to_string(rule.base);
  const std::string from = rule.valid_from.iso();
  const std::string to = rule.valid_to ? rule.valid_to->iso() : "";
  insert.bind(1, rule.code);
  insert.bind(2, rule.funder);
  insert.bind(3, rule.funder_name);
  insert.bind(4, rate);
  insert.bind(5, rule.cap.cents());
  insert.bind(6, scope);
  insert.bind(7, base);
  insert.bind(8, from);
  insert.bind_or_null(9, to);
  insert.bind(10, rule.eligibility_flag);
  insert.bind(11, std::int64_t{rule.priority});
  insert.run(what);
}

}  // namespace comptoir
