// SqliteCofinancingStore: prestations and their stored splits.
#include "core/error.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_cofinancing_store.hpp"

namespace comptoir {
namespace {

constexpr const char* prestation_columns =
    "SELECT id, commune, type, label, price_ht_cents, vat_rate, date, status FROM prestation ";

Prestation read_prestation(const Statement& row) {
  Prestation p;
  p.id = row.column_int64(0);
  p.commune = row.column_text(1);
  p.type = parse_prestation_type(row.column_text(2));
  p.label = row.column_text(3);
  p.price_ht = Money::from_cents(row.column_int64(4));
  p.vat_rate = parse_rational(row.column_text(5));
  p.date = Date::parse(row.column_text(6));
  p.status = parse_prestation_status(row.column_text(7));
  return p;
}

}  // namespace

std::int64_t SqliteCofinancingStore::add_prestation(const Prestation& p) {
  auto& state = book_.state();
  state.require_scope("add a prestation");
  Statement& insert = state.cached(
      "INSERT INTO prestation (commune, type, label, price_ht_cents, vat_rate, date, status) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  const std::string type = to_string(p.type);
  const std::string rate = p.vat_rate.str();
  const std::string date = p.date.iso();
  const std::string status = to_string(p.status);
  insert.bind(1, p.commune);
  insert.bind(2, type);
  insert.bind(3, p.label);
  insert.bind(4, p.price_ht.cents());
  insert.bind(5, rate);
  insert.bind(6, date);
  insert.bind(7, status);
  insert.run("adding a prestation for " + p.commune);
  return state.connection().last_insert_rowid();
}

std::vector<Prestation> SqliteCofinancingStore::prestations(const std::string& commune) const {
  static const std::string all = std::string(prestation_columns) + "ORDER BY id";
  static const std::string of_commune = std::string(prestation_columns) + "WHERE commune = ?1 ORDER BY id";
  Statement& query = book_.state().cached(commune.empty() ? all.c_str() : of_commune.c_str());
  StatementReset reset(query);
  if (!commune.empty()) query.bind(1, commune);
  std::vector<Prestation> result;
  while (query.step("listing prestations")) result.push_back(read_prestation(query));
  return result;
}

std::optional<Prestation> SqliteCofinancingStore::prestation(std::int64_t id) const {
  static const std::string by_id = std::string(prestation_columns) + "WHERE id = ?1";
  Statement& query = book_.state().cached(by_id.c_str());
  StatementReset reset(query);
  query.bind(1, id);
  if (!query.step("reading prestation " + std::to_string(id))) return std::nullopt;
  return read_prestation(query);
}

void SqliteCofinancingStore::set_prestation_status(std::int64_t id, PrestationStatus status) {
  auto& state = book_.state();
  state.require_scope("change a prestation's status");
  Statement& update = state.cached("UPDATE prestation SET status = ?2 WHERE id = ?1");
  const std::string text = to_string(status);
  update.bind(1, id);
  update.bind(2, text);
  update.run("setting the status of prestation " + std::to_string(id));
  if (state.connection().changes() == 0) {
    throw Error(ErrorKind::NotFound, "unknown prestation " + std::to_string(id));
  }
}

CofinancingSplit SqliteCofinancingStore::split(std::int64_t prestation_id) const {
  Statement& query = book_.state().cached(
      "SELECT rule, payer, payer_name, amount_cents, cap_reached, txn FROM prestation_share "
      "WHERE prestation = ?1 ORDER BY position");
  StatementReset reset(query);
  query.bind(1, prestation_id);
  CofinancingSplit split;
  while (query.step("reading the split of prestation " + std::to_string(prestation_id))) {
    split.shares.push_back(CofinancingShare{query.column_text(0), query.column_text(1), query.column_text(2),
                                            Money::from_cents(query.column_int64(3)), query.column_int(4) != 0,
                                            query.column_is_null(5) ? 0 : query.column_int64(5)});
  }
  return split;
}

void SqliteCofinancingStore::save_split(std::int64_t prestation_id, const CofinancingSplit& split) {
  auto& state = book_.state();
  state.require_scope("save a co-financing split");
  Statement& clear = state.cached("DELETE FROM prestation_share WHERE prestation = ?1");
  clear.bind(1, prestation_id);
  clear.run("clearing the split of prestation " + std::to_string(prestation_id));
  Statement& insert = state.cached(
      "INSERT INTO prestation_share (prestation, position, rule, payer, payer_name, amount_cents, cap_reached, txn) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  std::int64_t position = 0;
  for (const auto& share : split.shares) {
    insert.bind(1, prestation_id);
    insert.bind(2, position++);
    insert.bind(3, share.rule);
    insert.bind(4, share.payer);
    insert.bind(5, share.payer_name);
    insert.bind(6, share.amount.cents());
    insert.bind(7, std::int64_t{share.cap_reached ? 1 : 0});
    if (share.transaction_id != 0)
      insert.bind(8, share.transaction_id);
    else
      insert.bind_null(8);
    insert.run("saving the split of prestation " + std::to_string(prestation_id));
  }
}

}  // namespace comptoir
