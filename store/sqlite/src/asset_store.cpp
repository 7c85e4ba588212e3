// SqliteAssetStore: the fixed_asset table (schema v7, its subsidy v10).
#include "core/error.hpp"
#include "sqlite_book_state.hpp"
#include "statement_reset.hpp"
#include "store/sqlite_asset_store.hpp"

namespace comptoir {
namespace {

constexpr const char* asset_columns_sql =
    "SELECT code, entity, label, account, in_service_date, cost_cents, life_years, residual_cents, disposal_date, "
    "disposal_price_cents, subsidy_account, subsidy_cents FROM fixed_asset";

Asset read_asset(const Statement& row) {
  Asset a;
  a.code = row.column_text(0);
  a.entity = row.column_text(1);
  a.label = row.column_text(2);
  a.account = row.column_text(3);
  a.in_service = Date::parse(row.column_text(4));
  a.cost = Money::from_cents(row.column_int64(5));
  a.life_years = row.column_int(6);
  a.residual = Money::from_cents(row.column_int64(7));
  const std::string disposal = row.column_text(8);
  if (!disposal.empty()) a.disposal = AssetDisposal{Date::parse(disposal), Money::from_cents(row.column_int64(9))};
  const std::string subsidy = row.column_text(10);
  if (!subsidy.empty()) a.subsidy = InvestmentSubsidy{subsidy, Money::from_cents(row.column_int64(11))};
  return a;
}

}  // namespace

std::vector<Asset> SqliteAssetStore::assets(const std::string& entity) const {
  static const std::string sql = std::string(asset_columns_sql) + " WHERE ?1 = '' OR entity = ?1 ORDER BY code";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, entity);
  std::vector<Asset> result;
  while (query.step("listing the fixed assets")) result.push_back(read_asset(query));
  return result;
}

std::optional<Asset> SqliteAssetStore::asset(const std::string& code) const {
  static const std::string sql = std::string(asset_columns_sql) + " WHERE code = ?1";
  Statement& query = book_.state().cached(sql.c_str());
  StatementReset reset(query);
  query.bind(1, code);
  if (!query.step("reading asset " + code)) return std::nullopt;
  return read_asset(query);
}

void SqliteAssetStore::add_asset(const Asset& a) {
  SqliteBookState& state = book_.state();
  state.require_scope("add a fixed asset");
  if (asset(a.code)) throw Error(ErrorKind::InvalidInput, "asset " + a.code + " already exists");
  Statement& insert = state.cached(
      "INSERT INTO fixed_asset (code, entity, label, account, in_service_date, cost_cents, life_years, "
      "residual_cents, disposal_date, disposal_price_cents, subsidy_account, subsidy_cents) VALUES (?1, ?2, ?3, ?4, "
      "?5, "
      "?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  StatementReset reset(insert);
  const std::string in_service = a.in_service.iso();
  const std::string disposal = a.disposal ? a.disposal->date.iso() : std::string();
  insert.bind(1, a.code);
  insert.bind(2, a.entity);
  insert.bind(3, a.label);
  insert.bind(4, a.account);
  insert.bind(5, in_service);
  insert.bind(6, a.cost.cents());
  insert.bind(7, std::int64_t{a.life_years});
  insert.bind(8, a.residual.cents());
  if (a.disposal) {
    insert.bind(9, disposal);
    insert.bind(10, a.disposal->price.cents());
  } else {
    insert.bind_null(9);
    insert.bind_null(10);
  }
  if (a.subsidy) {
    insert.bind(11, a.subsidy->account);
    insert.bind(12, a.subsidy->amount.cents());
  } else {
    insert.bind_null(11);
    insert.bind_null(12);
  }
  insert.run("adding asset " + a.code);
}

void SqliteAssetStore::record_disposal(const std::string& code, const AssetDisposal& disposal) {
  SqliteBookState& state = book_.state();
  state.require_scope("record a disposal");
  Statement& update = state.cached(
      "UPDATE fixed_asset SET disposal_date = ?2, disposal_price_cents = ?3 WHERE code = ?1 AND disposal_date IS "
      "NULL");
  StatementReset reset(update);
  const std::string date = disposal.date.iso();
  update.bind(1, code);
  update.bind(2, date);
  update.bind(3, disposal.price.cents());
  update.run("recording the disposal of asset " + code);
  if (state.connection().changes() != 1) {
    throw Error(ErrorKind::InvalidInput, "asset " + code + " is unknown or already disposed of");
  }
}

void SqliteAssetStore::record_subsidy(const std::string& code, const InvestmentSubsidy& subsidy) {
  SqliteBookState& state = book_.state();
  state.require_scope("link an investment subsidy");
  Statement& update = state.cached(
      "UPDATE fixed_asset SET subsidy_account = ?2, subsidy_cents = ?3 WHERE code = ?1 AND subsidy_account IS NULL");
  StatementReset reset(update);
  update.bind(1, code);
  update.bind(2, subsidy.account);
  update.bind(3, subsidy.amount.cents());
  update.run("linking a subsidy to asset " + code);
  if (state.connection().changes() != 1) {
    throw Error(ErrorKind::InvalidInput, "asset " + code + " is unknown or already has a subsidy");
  }
}

}  // namespace comptoir
