// Reads a café scenario file (TOML) into a CafePlanScenario, strictly: every
// key is known, typed and in range, or the error names the key and its line.
// The schema is documented in forecast/scenarios/cafe-entrepreneurial.toml.
#include <array>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "forecast/scenario_toml.hpp"
#include "toml_reader.hpp"

namespace comptoir::forecast {
namespace {

using Keys = std::initializer_list<std::string_view>;

// Each element of an array of tables at `key`, with its dotted name.
template <typename Visit>
void for_each_table(const TomlReader& r, const toml::table& parent, const std::string& path, std::string_view key,
                    Visit visit) {
  const toml::node* n = parent.get(key);
  if (n == nullptr) return;
  const std::string name = join_key(path, key);
  const toml::array& a = r.array(*n, name);
  for (std::size_t i = 0; i < a.size(); ++i) visit(r.table(*a.get(i), element_key(name, i)), element_key(name, i));
}

std::array<bool, 7> parse_weekdays(const TomlReader& r, const toml::node& node, const std::string& key) {
  static constexpr std::array<std::string_view, 7> english{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  static constexpr std::array<std::string_view, 7> french{"lun", "mar", "mer", "jeu", "ven", "sam", "dim"};
  std::array<bool, 7> open{};
  const toml::array& a = r.array(node, key);
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::string day = r.string(*a.get(i), element_key(key, i));
    bool found = false;
    for (std::size_t d = 0; d < 7; ++d) {
      if (day != english[d] && day != french[d]) continue;
      if (open[d]) r.fail(a.get(i), element_key(key, i), "day '" + day + "' listed twice");
      open[d] = found = true;
    }
    if (!found)
      r.fail(a.get(i), element_key(key, i), "unknown day '" + day + "' (mon, tue, ... sun or lun, mar, ... dim)");
  }
  if (a.empty()) r.fail(&node, key, "the café must open at least one day a week");
  return open;
}

std::vector<Rational> parse_rates(const TomlReader& r, const toml::node& node, const std::string& key) {
  std::vector<Rational> out;
  const toml::array& a = r.array(node, key);
  for (std::size_t i = 0; i < a.size(); ++i) out.push_back(r.rate(*a.get(i), element_key(key, i)));
  return out;
}

void parse_opening(const TomlReader& r, const toml::table& t, CafePlanScenario& s) {
  const std::string p = "opening";
  r.check_keys(t, p, {"weekdays", "hours_per_day", "seasonality", "customers_per_day", "ramp_up"});
  s.open_weekdays = parse_weekdays(r, r.required(t, p, "weekdays"), p + ".weekdays");
  s.hours_per_day = r.rate_or(t, p, "hours_per_day", Rational(0));
  const toml::node& season = r.required(t, p, "seasonality");
  std::vector<Rational> coefficients = parse_rates(r, season, p + ".seasonality");
  if (coefficients.size() != 12) {
    r.fail(&season, p + ".seasonality",
           "expected 12 coefficients (January to December), got " + std::to_string(coefficients.size()));
  }
  std::copy(coefficients.begin(), coefficients.end(), s.seasonality.begin());
  s.customers_per_day = r.rate(r.required(t, p, "customers_per_day"), p + ".customers_per_day");
  s.ramp_up = {Rational(1)};
  if (const toml::node* n = t.get("ramp_up")) {
    s.ramp_up = parse_rates(r, *n, p + ".ramp_up");
    if (s.ramp_up.empty()) r.fail(n, p + ".ramp_up", "give at least one coefficient (year 1)");
  }
}

void parse_families(const TomlReader& r, const toml::table& t, CafePlanScenario& s) {
  r.check_keys(t, "families", {"drinks", "food", "grocery"});
  for (std::string_view name : {"drinks", "food", "grocery"}) {
    const toml::node* n = t.get(name);
    if (n == nullptr) continue;
    const std::string p = join_key("families", name);
    const toml::table& f = r.table(*n, p);
    r.check_keys(f, p, {"ticket", "gross_margin", "vat"});
    ProductFamily family{std::string(name), r.money(r.required(f, p, "ticket"), p + ".ticket"),
                         r.rate(r.required(f, p, "gross_margin"), p + ".gross_margin"),
                         r.rate(r.required(f, p, "vat"), p + ".vat")};
    if (family.gross_margin > 1)
      r.fail(f.get("gross_margin"), p + ".gross_margin", "a margin rate cannot exceed 100 %");
    s.families.push_back(family);
  }
}

void parse_services(const TomlReader& r, const toml::table& t, CafePlanScenario& s) {
  static constexpr std::array<std::string_view, 4> names{"bread_depot", "press", "parcel_relay", "postal_point"};
  r.check_keys(t, "services", {"bread_depot", "press", "parcel_relay", "postal_point"});
  for (std::string_view name : names) {
    const toml::node* n = t.get(name);
    if (n == nullptr) continue;
    const std::string p = join_key("services", name);
    const toml::table& sv = r.table(*n, p);
    r.check_keys(sv, p, {"daily_volume", "commission", "monthly_fee", "vat"});
    ServiceLine line{std::string(name), r.money_or(sv, p, "daily_volume", Money()),
                     r.rate_or(sv, p, "commission", Rational(0)), r.money_or(sv, p, "monthly_fee", Money()),
                     r.rate_or(sv, p, "vat", Rational(1, 5))};
    if (line.commission > 1) r.fail(sv.get("commission"), p + ".commission", "a commission cannot exceed 100 %");
    s.services.push_back(line);
  }
}

std::vector<StaffLine> parse_people(const TomlReader& r, const toml::table& root, std::string_view key,
                                    std::string_view cost_key) {
  std::vector<StaffLine> out;
  for_each_table(r, root, "", key, [&](const toml::table& t, const std::string& p) {
    r.check_keys(t, p, {"role", cost_key, "hours_per_week", "months"});
    StaffLine line{r.string(r.required(t, p, "role"), p + ".role"),
                   r.rate(r.required(t, p, "hours_per_week"), p + ".hours_per_week"),
                   r.money(r.required(t, p, cost_key), join_key(p, cost_key)), r.months_or_all(t, p, "months")};
    if (line.hours_per_week > 168) r.fail(t.get("hours_per_week"), p + ".hours_per_week", "more hours than a week has");
    out.push_back(line);
  });
  return out;
}

FixedCostKind parse_cost_kind(const TomlReader& r, const toml::table& t, const std::string& p) {
  std::string kind = r.string_or(t, p, "kind", "external");
  if (kind == "external") return FixedCostKind::External;
  if (kind == "tax") return FixedCostKind::Tax;
  r.fail(t.get("kind"), p + ".kind", "unknown kind '" + kind + "' (external or tax)");
}

void parse_fixed_costs(const TomlReader& r, const toml::table& root, CafePlanScenario& s) {
  for_each_table(r, root, "", "fixed_costs", [&](const toml::table& t, const std::string& p) {
    r.check_keys(t, p, {"label", "annual", "vat", "kind", "months"});
    s.fixed_costs.push_back({r.string(r.required(t, p, "label"), p + ".label"), parse_cost_kind(r, t, p),
                             r.money(r.required(t, p, "annual"), p + ".annual"), r.rate_or(t, p, "vat", Rational(0)),
                             r.months_or_all(t, p, "months")});
  });
}

void parse_startup(const TomlReader& r, const toml::table& t, CafePlanScenario& s) {
  const std::string p = "startup";
  r.check_keys(t, p, {"first_stock", "first_stock_vat", "starting_cash", "investments"});
  s.first_stock = r.money_or(t, p, "first_stock", Money());
  s.first_stock_vat_rate = r.rate_or(t, p, "first_stock_vat", Rational(1, 5));
  s.starting_cash = r.money_or(t, p, "starting_cash", Money());
  for_each_table(r, t, p, "investments", [&](const toml::table& i, const std::string& ip) {
    r.check_keys(i, ip, {"label", "amount", "vat", "depreciation_years"});
    s.investments.push_back(
        {r.string(r.required(i, ip, "label"), ip + ".label"), r.money(r.required(i, ip, "amount"), ip + ".amount"),
         r.rate_or(i, ip, "vat", Rational(1, 5)),
         static_cast<int>(r.integer(r.required(i, ip, "depreciation_years"), ip + ".depreciation_years", 0, 50))});
  });
}

void parse_financing(const TomlReader& r, const toml::table& t, CafePlanScenario& s) {
  const std::string p = "financing";
  r.check_keys(t, p, {"own_funds", "grants", "loans"});
  s.own_funds = r.money_or(t, p, "own_funds", Money());
  for_each_table(r, t, p, "grants", [&](const toml::table& g, const std::string& gp) {
    r.check_keys(g, gp, {"label", "amount", "years"});
    s.grants.push_back({r.string(r.required(g, gp, "label"), gp + ".label"),
                        r.money(r.required(g, gp, "amount"), gp + ".amount"),
                        static_cast<int>(r.integer_or(g, gp, "years", 0, 50, 0))});
  });
  for_each_table(r, t, p, "loans", [&](const toml::table& l, const std::string& lp) {
    r.check_keys(l, lp, {"label", "principal", "rate", "months"});
    Loan loan{r.string(r.required(l, lp, "label"), lp + ".label"),
              r.money(r.required(l, lp, "principal"), lp + ".principal"),
              r.rate(r.required(l, lp, "rate"), lp + ".rate"),
              static_cast<int>(r.integer(r.required(l, lp, "months"), lp + ".months", 1, 360))};
    if (loan.annual_rate >= 1) r.fail(l.get("rate"), lp + ".rate", "a yearly rate of 100 % or more is surely a typo");
    s.loans.push_back(loan);
  });
}

void parse_subsidies(const TomlReader& r, const toml::table& root, CafePlanScenario& s) {
  for_each_table(r, root, "", "operating_subsidies", [&](const toml::table& t, const std::string& p) {
    r.check_keys(t, p, {"label", "annual", "years"});
    s.subsidies.push_back({r.string(r.required(t, p, "label"), p + ".label"),
                           r.money(r.required(t, p, "annual"), p + ".annual"),
                           static_cast<int>(r.integer(r.required(t, p, "years"), p + ".years", 0, 5))});
  });
}

void parse_regimes(const TomlReader& r, const toml::table& root, CafePlanScenario& s) {
  const toml::table& vat = r.table(r.required(root, "", "vat"), "vat");
  r.check_keys(vat, "vat", {"regime"});
  const toml::node& regime = r.required(vat, "vat", "regime");
  auto v = vat_regime_from_key(r.string(regime, "vat.regime"));
  if (!v) r.fail(&regime, "vat.regime", "unknown VAT regime (franchise, reel-mensuel or reel-trimestriel)");
  s.vat = *v;
  if (const toml::node* n = root.get("tax")) {
    const toml::table& tax = r.table(*n, "tax");
    r.check_keys(tax, "tax", {"regime"});
    std::string name = r.string(r.required(tax, "tax", "regime"), "tax.regime");
    if (name != "none" && name != "is")
      r.fail(tax.get("regime"), "tax.regime", "unknown tax regime '" + name + "' (none or is)");
    s.income_tax = name == "is" ? IncomeTaxRegime::CorporateTax : IncomeTaxRegime::None;
  }
  if (const toml::node* n = root.get("working_capital")) {
    const toml::table& w = r.table(*n, "working_capital");
    r.check_keys(w, "working_capital", {"stock_days", "customer_days", "supplier_days"});
    s.working_capital = {static_cast<int>(r.integer_or(w, "working_capital", "stock_days", 0, 360, 0)),
                         static_cast<int>(r.integer_or(w, "working_capital", "customer_days", 0, 360, 0)),
                         static_cast<int>(r.integer_or(w, "working_capital", "supplier_days", 0, 360, 0))};
  }
}

void parse_header(const TomlReader& r, const toml::table& root, CafePlanScenario& s) {
  s.name = r.string(r.required(root, "", "name"), "name");
  const toml::node& model = r.required(root, "", "model");
  auto m = operating_model_from_key(r.string(model, "model"));
  if (!m) {
    r.fail(&model, "model",
           "unknown operating model (gerance, location-gerance, associatif-benevole, "
           "associatif-salarie, itinerant-ephemere, itinerant-saisonnier)");
  }
  s.model = *m;
  const toml::node& start = r.required(root, "", "start");
  s.start = r.date(start, "start");
  if (s.start.day() != 1) r.fail(&start, "start", "the plan starts on the first day of a month");
  s.years = static_cast<int>(r.integer(r.required(root, "", "years"), "years", 3, 5));
}

}  // namespace

CafePlanScenario parse_cafe_scenario(std::string_view toml_text, const std::string& source_name) {
  toml::table root;
  try {
    root = toml::parse(toml_text, source_name);
  } catch (const toml::parse_error& e) {
    throw Error(ErrorKind::InvalidInput, source_name + ":" + std::to_string(e.source().begin.line) +
                                             ": TOML syntax error: " + std::string(e.description()));
  }
  const TomlReader r(source_name);
  r.check_keys(root, "",
               {"name", "model", "start", "years", "opening", "families", "services", "staff", "volunteers",
                "fixed_costs", "startup", "financing", "operating_subsidies", "vat", "tax", "working_capital"});
  CafePlanScenario s;
  parse_header(r, root, s);
  parse_opening(r, r.table(r.required(root, "", "opening"), "opening"), s);
  if (const toml::node* n = root.get("families")) parse_families(r, r.table(*n, "families"), s);
  if (const toml::node* n = root.get("services")) parse_services(r, r.table(*n, "services"), s);
  s.staff = parse_people(r, root, "staff", "hourly_cost");
  s.volunteers = parse_people(r, root, "volunteers", "hourly_value");
  parse_fixed_costs(r, root, s);
  if (const toml::node* n = root.get("startup")) parse_startup(r, r.table(*n, "startup"), s);
  if (const toml::node* n = root.get("financing")) parse_financing(r, r.table(*n, "financing"), s);
  parse_subsidies(r, root, s);
  parse_regimes(r, root, s);
  return s;
}

CafePlanScenario load_cafe_scenario(const std::string& path) {
  return parse_cafe_scenario(read_scenario_file(path), path);
}

}  // namespace comptoir::forecast
