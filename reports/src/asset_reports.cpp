// The asset list, one asset's sheet and schedule, and the depreciation of a
// fiscal year (see asset_reports.hpp).
#include "reports/asset_reports.hpp"

#include <array>

namespace comptoir {
namespace {

std::string text(const Labels& t, std::string_view id) {
  return std::string(t(id));
}

void field(TableWriter& out, const Labels& t, const std::string& key, Cell value) {
  out.row({Code{key, text(t, "assets.field." + key)}, std::move(value)});
}

Cell optional_date(const Asset& a) {
  if (!a.disposal) return {};
  return a.disposal->date;
}

Cell optional_price(const Asset& a) {
  if (!a.disposal) return {};
  return a.disposal->price;
}

}  // namespace

void write_asset_list(const AssetRegister& assets, const std::string& entity, const Labels& t, TableWriter& out) {
  out.begin({text(t, "assets.list.title"),
             {{"code", text(t, "assets.col.code"), 12, Align::Left, 6},
              {"entity", text(t, "col.entity"), 0},
              {"label", text(t, "col.label"), 20, Align::Left, 8},
              {"account", text(t, "col.account"), 7},
              {"in_service", text(t, "assets.col.in_service"), 10},
              {"cost", text(t, "assets.col.cost"), 10, Align::Right},
              {"life_years", text(t, "assets.col.life_years"), 5, Align::Right},
              {"residual", text(t, "assets.col.residual"), 0, Align::Right},
              {"disposal_date", text(t, "assets.col.disposal_date"), 10},
              {"disposal_price", text(t, "assets.col.disposal_price"), 0, Align::Right}}});
  Money total;
  for (const auto& a : assets.assets(entity)) {
    out.row({a.code, a.entity, a.label, a.account, a.in_service, a.cost, std::int64_t{a.life_years}, a.residual,
             optional_date(a), optional_price(a)});
    total += a.cost;
  }
  out.total({text(t, "common.total"), {}, {}, {}, {}, total, {}, {}, {}, {}});
  out.end();
}

void write_asset_sheet(const AssetRegister& assets, const std::string& code, const Labels& t, TableWriter& out) {
  const Asset a = assets.require(code);
  const DepreciationAccounts accounts = assets.accounts_of(a);
  out.begin({t("assets.sheet.title", {{"code", a.code}}),
             {{"field", text(t, "assets.col.field"), 26}, {"value", text(t, "col.value"), 40}}});
  field(out, t, "entity", a.entity);
  field(out, t, "label", a.label);
  field(out, t, "account", a.account);
  field(out, t, "depreciation_account", accounts.depreciation_account);
  field(out, t, "expense_account", accounts.expense_account);
  field(out, t, "in_service", a.in_service);
  field(out, t, "cost", a.cost);
  field(out, t, "residual", a.residual);
  field(out, t, "depreciable_base", a.depreciable_base());
  field(out, t, "life_years", std::int64_t{a.life_years});
  field(out, t, "disposal_date", optional_date(a));
  field(out, t, "disposal_price", optional_price(a));
  if (a.disposal) {
    // What leaves the books on the disposal day, and the gain (or loss,
    // negative) the closing's disposal entry posts (757 − 652).
    const Money net_book_value = assets.schedule(a).back().net_book_value;
    field(out, t, "disposal_net_book_value", net_book_value);
    field(out, t, "disposal_result", a.disposal->price - net_book_value);
  }
  if (a.subsidy) {
    field(out, t, "subsidy_account", a.subsidy->account);
    field(out, t, "subsidy_amount", a.subsidy->amount);
  }
  out.end();
}

void write_asset_schedule(const AssetRegister& assets, const std::string& code, const Labels& t, TableWriter& out) {
  const Asset a = assets.require(code);
  out.begin({t("assets.schedule.title", {{"code", a.code}}),
             {{"year", text(t, "assets.col.year"), 8},
              {"start", text(t, "assets.col.start"), 10},
              {"end", text(t, "assets.col.end"), 10},
              {"days", text(t, "assets.col.days"), 5, Align::Right},
              {"opening", text(t, "assets.col.opening"), 10, Align::Right},
              {"charge", text(t, "assets.col.charge"), 10, Align::Right},
              {"closing", text(t, "assets.col.closing"), 10, Align::Right},
              {"net_book_value", text(t, "assets.col.net_book_value"), 10, Align::Right},
              {"disposed", text(t, "assets.col.disposed"), 0}}});
  Money total;
  for (const auto& y : assets.schedule(a)) {
    out.row({std::int64_t{y.year.year}, y.year.start, y.year.end, std::int64_t{y.days}, y.opening, y.charge, y.closing,
             y.net_book_value, y.disposed});
    total += y.charge;
  }
  out.total({text(t, "common.total"), {}, {}, {}, {}, total, {}, {}, {}});
  out.end();
}

void write_asset_year_schedule(const AssetRegister& assets, const std::string& entity, const FiscalYear& year,
                               const Labels& t, TableWriter& out) {
  out.begin({t("assets.year.title", {{"entity", entity}, {"year", std::to_string(year.year)}}),
             {{"code", text(t, "assets.col.code"), 12, Align::Left, 6},
              {"label", text(t, "col.label"), 16, Align::Left, 6},
              {"account", text(t, "col.account"), 0},
              {"depreciation_account", text(t, "assets.col.depreciation_account"), 0},
              {"expense_account", text(t, "assets.col.expense_account"), 0},
              {"cost", text(t, "assets.col.cost"), 10, Align::Right},
              {"opening", text(t, "assets.col.opening"), 10, Align::Right},
              {"charge", text(t, "assets.col.charge"), 10, Align::Right},
              {"closing", text(t, "assets.col.closing"), 10, Align::Right},
              {"net_book_value", text(t, "assets.col.net_book_value"), 10, Align::Right},
              {"disposed", text(t, "assets.col.disposed"), 0}}});
  std::array<Money, 5> totals;
  for (const auto& a : assets.assets(entity)) {
    const auto y = assets.in_year(a, year);
    if (!y) continue;
    const DepreciationAccounts accounts = assets.accounts_of(a);
    const std::array<Money, 5> amounts{a.cost, y->opening, y->charge, y->closing, y->net_book_value};
    std::vector<Cell> cells{a.code, a.label, a.account, accounts.depreciation_account, accounts.expense_account};
    cells.insert(cells.end(), amounts.begin(), amounts.end());
    cells.emplace_back(y->disposed);
    out.row(cells);
    for (std::size_t i = 0; i < totals.size(); ++i) totals[i] += amounts[i];
  }
  std::vector<Cell> total{text(t, "common.total"), {}, {}, {}, {}};
  total.insert(total.end(), totals.begin(), totals.end());
  total.emplace_back(Cell{});
  out.total(total);
  out.end();
}

}  // namespace comptoir
