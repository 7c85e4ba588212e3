// SqliteCofinancingStore: co-financing rules and communes with their flags.
#include "cofinancing_rule_insert.hpp"
#include "core/error.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir {
namespace {

CofinancingRule read_rule(const Statement& row) {
  CofinancingRule r;
  r.code = row.column_text(0);
  r.funder = row.column_text(1);
  r.funder_name = row.column_text(2);
  r.rate = parse_rational(row.column_text(3));
  r.cap = Money::from_cents(row.column_int64(4));
  r.cap_scope = parse_cofinancing_cap_scope(row.column_text(5));
  r.base = parse_cofinancing_base(row.column_text(6));
  r.valid_from = Date::parse(row.column_text(7));
  if (!row.column_is_null(8)) r.valid_to = Date::parse(row.column_text(8));
  r.eligibility_flag = row.column_text(9);
  r.priority = row.column_int(10);
  return r;
}

}  // namespace

std::vector<CofinancingRule> SqliteCofinancingStore::cofinancing_rules() const {
  Statement& query = book_.state().cached(
      "SELECT code, funder, funder_name, rate, cap_cents, cap_scope, base, valid_from, valid_to, "
      "eligibility_flag, priority FROM cofinancing_rule ORDER BY priority, code");
  StatementReset reset(query);
  std::vector<CofinancingRule> rules;
  while (query.step("listing the co-financing rules")) rules.push_back(read_rule(query));
  return rules;
}

void SqliteCofinancingStore::add_cofinancing_rule(const CofinancingRule& rule) {
  auto& state = book_.state();
  state.require_scope("add a co-financing rule");
  for (const auto& existing : cofinancing_rules()) {
    if (existing.code == rule.code) {
      throw Error(ErrorKind::InvalidInput, "co-financing rule " + rule.code + " already exists");
    }
  }
  insert_cofinancing_rule(state.cached(insert_cofinancing_rule_sql), rule, "adding co-financing rule " + rule.code);
}

void SqliteCofinancingStore::end_cofinancing_rule(const std::string& code, Date last_day) {
  auto& state = book_.state();
  state.require_scope("end a co-financing rule");
  for (const auto& rule : cofinancing_rules()) {
    if (rule.code != code) continue;
    if (last_day < rule.valid_from) {
      throw Error(ErrorKind::InvalidInput,
                  "rule " + code + " starts on " + rule.valid_from.iso() + ": it cannot end on " + last_day.iso());
    }
    Statement& update = state.cached("UPDATE cofinancing_rule SET valid_to = ?2 WHERE code = ?1");
    const std::string to = last_day.iso();
    update.bind(1, code);
    update.bind(2, to);
    update.run("ending co-financing rule " + code);
    return;
  }
  throw Error(ErrorKind::NotFound, "unknown co-financing rule " + code);
}

std::set<std::string> SqliteCofinancingStore::flags_of(const std::string& code) const {
  Statement& query = book_.state().cached("SELECT flag FROM commune_flag WHERE commune = ?1 ORDER BY flag");
  StatementReset reset(query);
  query.bind(1, code);
  std::set<std::string> flags;
  while (query.step("reading the flags of commune " + code)) flags.insert(query.column_text(0));
  return flags;
}

std::vector<Commune> SqliteCofinancingStore::communes() const {
  std::vector<Commune> result;
  {
    Statement& query = book_.state().cached("SELECT code, name FROM commune ORDER BY code");
    StatementReset reset(query);
    while (query.step("listing communes")) result.push_back(Commune{query.column_text(0), query.column_text(1), {}});
  }
  for (auto& c : result) c.flags = flags_of(c.code);
  return result;
}

std::optional<Commune> SqliteCofinancingStore::commune(const std::string& code) const {
  Commune c;
  {
    Statement& query = book_.state().cached("SELECT code, name FROM commune WHERE code = ?1");
    StatementReset reset(query);
    query.bind(1, code);
    if (!query.step("reading commune " + code)) return std::nullopt;
    c = Commune{query.column_text(0), query.column_text(1), {}};
  }
  c.flags = flags_of(code);
  return c;
}

void SqliteCofinancingStore::add_commune(const Commune& commune) {
  auto& state = book_.state();
  state.require_scope("add a commune");
  Statement& insert = state.cached("INSERT INTO commune (code, name) VALUES (?1, ?2)");
  insert.bind(1, commune.code);
  insert.bind(2, commune.name);
  insert.run("adding commune " + commune.code);
  for (const auto& flag : commune.flags) set_commune_flag(commune.code, flag, true);
}

void SqliteCofinancingStore::set_commune_flag(const std::string& code, const std::string& flag, bool on) {
  auto& state = book_.state();
  state.require_scope("flag a commune");
  Statement& write = on ? state.cached("INSERT OR IGNORE INTO commune_flag (commune, flag) VALUES (?1, ?2)")
                        : state.cached("DELETE FROM commune_flag WHERE commune = ?1 AND flag = ?2");
  write.bind(1, code);
  write.bind(2, flag);
  write.run("setting flag " + flag + " of commune " + code);
}

}  // namespace comptoir
