// Reads a funding-mix scenario (TOML) strictly: every key known, typed and
// in range, or the error names the key and its line. Schema documented in
// forecast/scenarios/funding-base.toml. Drivers are collected in
// FundingScenario::drivers; the other fields point at them by index.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <utility>

#include "core/error.hpp"
#include "forecast/scenario_toml.hpp"
#include "scenario_variant.hpp"
#include "toml_reader.hpp"

namespace comptoir::forecast {
namespace {

double to_double(const Rational& r) {
  return r.convert_to<double>();
}

// How a driver scales projected amounts decides which bases it may have.
enum class DriverUse { Scale, Growth, Margin, Renewal };

class FundingParser {
 public:
  FundingParser(const TomlReader& r, FundingScenario& s) : r_(r), s_(s) {}

  // A driver at `key` of `t`: a number, or a distribution table. Missing:
  // `fallback` (fixed) when given, else an error.
  // `label` holds the French and English labels.
  std::size_t driver(const toml::table& t, const std::string& path, std::string_view key,
                     const std::pair<std::string, std::string>& label, DriverUse use, DriverUnit unit,
                     const std::optional<Rational>& fallback = std::nullopt) {
    const std::string name = join_key(path, key);
    Driver d{name, label.first, label.second, Rational(0), {}, use == DriverUse::Renewal};
    d.unit = unit;
    const toml::node* n = t.get(key);
    if (n == nullptr) {
      if (!fallback) (void)r_.required(t, path, key);
      d.base = *fallback;
      d.parameters = {d.base, 0, 0};
      d.distribution = {DistributionKind::Fixed, to_double(d.base), 0, 0};
    } else if (const auto* dist = n->as_table()) {
      parse_distribution(*dist, name, use, d);
    } else {
      d.base = r_.rate(*n, name);
      d.parameters = {d.base, 0, 0};
      d.distribution = {use == DriverUse::Renewal ? DistributionKind::Bernoulli : DistributionKind::Fixed,
                        to_double(d.base), 0, 0};
      if (use == DriverUse::Renewal && d.base > 1) r_.fail(n, name, "a probability cannot exceed 100 %");
    }
    if (use == DriverUse::Margin && d.base >= 1) r_.fail(n, name, "a margin rate must be below 100 %");
    if (use == DriverUse::Scale && d.base == 0 && !d.distribution.is_fixed()) {
      r_.fail(n, name, "an uncertain driver needs a non-zero mean");
    }
    s_.drivers.push_back(d);
    return s_.drivers.size() - 1;
  }

 private:
  void parse_distribution(const toml::table& t, const std::string& name, DriverUse use, Driver& d) {
    r_.check_keys(t, name, {"dist", "mean", "sd", "min", "mode", "max", "p"});
    const std::string kind = r_.string(r_.required(t, name, "dist"), name + ".dist");
    auto value = [&](std::string_view k) { return r_.rate(r_.required(t, name, k), join_key(name, k)); };
    if (use == DriverUse::Renewal) {
      if (kind != "bernoulli")
        r_.fail(t.get("dist"), name + ".dist", "a renewal is a bernoulli (or just a probability)");
      d.base = value("p");
      if (d.base > 1) r_.fail(t.get("p"), name + ".p", "a probability cannot exceed 100 %");
      d.parameters = {d.base, 0, 0};
      d.distribution = {DistributionKind::Bernoulli, to_double(d.base), 0, 0};
      return;
    }
    if (kind == "normal" || kind == "lognormal") {
      r_.check_keys(t, name, {"dist", "mean", "sd"});
      d.base = value("mean");
      const Rational sd = value("sd");
      if (kind == "lognormal" && d.base == 0)
        r_.fail(t.get("mean"), name + ".mean", "a lognormal needs a mean above 0");
      d.parameters = {d.base, sd, 0};
      d.distribution = {kind == "normal" ? DistributionKind::Normal : DistributionKind::LogNormal, to_double(d.base),
                        to_double(sd), 0};
    } else if (kind == "triangular") {
      r_.check_keys(t, name, {"dist", "min", "mode", "max"});
      const Rational lo = value("min"), mode = value("mode"), hi = value("max");
      if (!(lo <= mode && mode <= hi && lo < hi)) r_.fail(&t, name, "expected min <= mode <= max and min < max");
      d.base = mode;
      d.parameters = {lo, mode, hi};
      d.distribution = {DistributionKind::Triangular, to_double(lo), to_double(mode), to_double(hi)};
    } else if (kind == "uniform") {
      r_.check_keys(t, name, {"dist", "min", "max"});
      const Rational lo = value("min"), hi = value("max");
      if (!(lo < hi)) r_.fail(&t, name, "expected min < max");
      d.base = (lo + hi) / 2;
      d.parameters = {lo, hi, 0};
      d.distribution = {DistributionKind::Uniform, to_double(lo), to_double(hi), 0};
    } else {
      r_.fail(t.get("dist"), name + ".dist",
              "unknown distribution '" + kind + "' (normal, lognormal, triangular, uniform; bernoulli for renewals)");
    }
  }

  const TomlReader& r_;
  FundingScenario& s_;
};

// "<file>:<line>: key '<key>'" of a table: where an error found later points.
std::string where(const TomlReader& r, const toml::table& t, const std::string& key) {
  return located(&t, r.source()) + ": key '" + key + "'";
}

template <typename Visit>
void for_each_table(const TomlReader& r, const toml::table& parent, std::string_view key, Visit visit) {
  const toml::node* n = parent.get(key);
  if (n == nullptr) return;
  const std::string name(key);
  const toml::array& a = r.array(*n, name);
  for (std::size_t i = 0; i < a.size(); ++i) visit(r.table(*a.get(i), element_key(name, i)), element_key(name, i));
}

std::optional<Date> optional_date(const TomlReader& r, const toml::table& t, const std::string& p,
                                  std::string_view key) {
  const toml::node* n = t.get(key);
  return n != nullptr ? std::optional<Date>(r.date(*n, join_key(p, key))) : std::nullopt;
}

std::vector<std::string> strings(const TomlReader& r, const toml::node& node, const std::string& key) {
  std::vector<std::string> out;
  const toml::array& a = r.array(node, key);
  for (std::size_t i = 0; i < a.size(); ++i) out.push_back(r.string(*a.get(i), element_key(key, i)));
  return out;
}

using Label = std::pair<std::string, std::string>;

Label label(const std::string& subject_fr, const std::string& subject_en, const char* what_fr, const char* what_en) {
  return {subject_fr + " : " + what_fr, subject_en + ": " + what_en};
}

// French and English names of a prestation type, plural.
Label type_names(PrestationType type) {
  switch (type) {
    case PrestationType::Feasibility:
      return {"Études de préfiguration", "Feasibility studies"};
    case PrestationType::Recruitment:
      return {"Recrutements", "Recruitments"};
    case PrestationType::OpeningSupport:
      return {"Accomp. à l'ouverture", "Opening supports"};
    case PrestationType::OperationSupport:
      return {"Accomp. au fonctionnement", "Operation supports"};
  }
  return {"", ""};
}

void parse_prestations(const TomlReader& r, const toml::table& root, FundingScenario& s, FundingParser& p) {
  for_each_table(r, root, "prestations", [&](const toml::table& t, const std::string& k) {
    r.check_keys(t, k, {"type", "count", "price", "price_growth"});
    const toml::node& type_node = r.required(t, k, "type");
    const std::string type_text = r.string(type_node, k + ".type");
    PrestationDriver d;
    try {
      d.type = parse_prestation_type(type_text);
    } catch (const Error&) {
      r.fail(
          &type_node, k + ".type",
          "unknown prestation type '" + type_text + "' (feasibility, recruitment, opening-support, operation-support)");
    }
    const auto [fr, en] = type_names(d.type);
    d.count = p.driver(t, k, "count", label(fr, en, "nombre/an", "count/year"), DriverUse::Scale, DriverUnit::Count);
    d.price =
        p.driver(t, k, "price", label(fr, en, "prix HT", "price excl. VAT"), DriverUse::Scale, DriverUnit::Amount);
    d.price_growth = p.driver(t, k, "price_growth", label(fr, en, "hausse des prix", "price growth"), DriverUse::Growth,
                              DriverUnit::Rate, Rational(0));
    s.prestations.push_back(d);
  });
  Rational total_share = 0;
  for_each_table(r, root, "commune_classes", [&](const toml::table& t, const std::string& k) {
    r.check_keys(t, k, {"flags", "share", "communes"});
    CommuneClass c;
    for (auto& f : strings(r, r.required(t, k, "flags"), k + ".flags")) c.flags.insert(f);
    c.share = r.rate(r.required(t, k, "share"), k + ".share");
    if (t.get("communes") != nullptr) {
      std::string flags;
      for (const auto& f : c.flags) flags += (flags.empty() ? "" : ", ") + f;
      const std::string fr = flags.empty() ? "Autres communes" : "Communes " + flags;
      const std::string en = flags.empty() ? "Other communes" : "Communes " + flags;
      c.communes = p.driver(t, k, "communes", label(fr, en, "nombre", "count"), DriverUse::Scale, DriverUnit::Count);
      if (s.drivers[*c.communes].base < 1)
        r.fail(t.get("communes"), k + ".communes", "a pool needs at least one commune");
    }
    total_share += c.share;
    if (total_share > 1) r.fail(t.get("share"), k + ".share", "the classes' shares add up to more than 100 %");
    s.commune_classes.push_back(c);
  });
}

void parse_tours(const TomlReader& r, const toml::table& root, FundingScenario& s, FundingParser& p) {
  for_each_table(r, root, "tours", [&](const toml::table& t, const std::string& k) {
    r.check_keys(t, k, {"name", "entity", "dates", "takings_per_date", "margin", "growth", "months", "from", "to"});
    TourDriver d;
    d.name = r.string(r.required(t, k, "name"), k + ".name");
    d.entity = r.string_or(t, k, "entity", "AT");
    const std::string tour = "Guinguette " + d.name;
    d.dates = p.driver(t, k, "dates", label(tour, tour, "dates/an", "dates/year"), DriverUse::Scale, DriverUnit::Count);
    d.takings = p.driver(t, k, "takings_per_date", label(tour, tour, "recette HT/date", "takings/date"),
                         DriverUse::Scale, DriverUnit::Amount);
    d.margin = p.driver(t, k, "margin", label(tour, tour, "marge", "margin"), DriverUse::Margin, DriverUnit::Rate);
    d.growth = p.driver(t, k, "growth", label(tour, tour, "hausse des recettes", "takings growth"), DriverUse::Growth,
                        DriverUnit::Rate, Rational(0));
    d.months = r.months_or_all(t, k, "months");
    if (d.months.empty()) d.months = {5, 6, 7, 8, 9};
    d.where = where(r, t, k);
    d.from = optional_date(r, t, k, "from");
    d.to = optional_date(r, t, k, "to");
    if (d.from && d.to && *d.to < *d.from) r.fail(t.get("to"), k + ".to", "ends before it starts");
    s.tours.push_back(d);
  });
}

void parse_funding(const TomlReader& r, const toml::table& root, FundingScenario& s, FundingParser& p) {
  for_each_table(r, root, "funding", [&](const toml::table& t, const std::string& k) {
    r.check_keys(
        t, k, {"entity", "category", "funder", "amount", "growth", "from", "end", "renewal", "months", "payment_days"});
    FundingSource f;
    f.entity = r.string(r.required(t, k, "entity"), k + ".entity");
    f.category = r.string(r.required(t, k, "category"), k + ".category");
    f.funder = r.string(r.required(t, k, "funder"), k + ".funder");
    const std::string who = f.funder + " (" + f.entity + ")";
    f.amount =
        p.driver(t, k, "amount", label(who, who, "montant/an", "amount/year"), DriverUse::Scale, DriverUnit::Amount);
    f.growth = p.driver(t, k, "growth", label(who, who, "évolution", "growth"), DriverUse::Growth, DriverUnit::Rate,
                        Rational(0));
    f.from = optional_date(r, t, k, "from");
    f.end = optional_date(r, t, k, "end");
    if (t.get("renewal") != nullptr && !f.end)
      r.fail(t.get("renewal"), k + ".renewal", "a renewal needs an 'end' date");
    if (f.end)
      f.renewal = p.driver(t, k, "renewal", label(who, who, "renouvellement", "renewal"), DriverUse::Renewal,
                           DriverUnit::Rate, Rational(0));
    f.months = r.months_or_all(t, k, "months");
    f.payment_days = static_cast<int>(r.integer_or(t, k, "payment_days", 0, 365, 0));
    f.where = where(r, t, k);
    s.funding.push_back(f);
  });
}

void parse_staff(const TomlReader& r, const toml::table& root, FundingScenario& s, FundingParser& p) {
  for_each_table(r, root, "staff", [&](const toml::table& t, const std::string& k) {
    r.check_keys(t, k, {"entity", "fte", "cost_growth"});
    StaffDriver d;
    d.entity = r.string(r.required(t, k, "entity"), k + ".entity");
    d.fte = r.rate(r.required(t, k, "fte"), k + ".fte");
    if (d.fte == 0) r.fail(t.get("fte"), k + ".fte", "the base year needs at least some staff (fte > 0)");
    for (const auto& other : s.staff) {
      if (other.entity == d.entity) r.fail(t.get("entity"), k + ".entity", "staff of " + d.entity + " given twice");
    }
    d.cost_growth = p.driver(t, k, "cost_growth",
                             label("Salaires " + d.entity, "Payroll " + d.entity, "hausse par ETP", "growth per FTE"),
                             DriverUse::Growth, DriverUnit::Rate, Rational(0));
    d.where = where(r, t, k);
    s.staff.push_back(d);
  });
}

FundingEventKind event_kind(const TomlReader& r, const toml::table& t, const std::string& k) {
  const toml::node& n = r.required(t, k, "kind");
  const std::string kind = r.string(n, k + ".kind");
  if (kind == "prestations") return FundingEventKind::Prestations;
  if (kind == "funder-leaves") return FundingEventKind::FunderLeaves;
  if (kind == "staff") return FundingEventKind::Staff;
  r.fail(&n, k + ".kind", "unknown event kind '" + kind + "' (prestations, funder-leaves, staff)");
}

void parse_events(const TomlReader& r, const toml::table& root, FundingScenario& s) {
  for_each_table(r, root, "events", [&](const toml::table& t, const std::string& k) {
    FundingEvent e;
    e.kind = event_kind(r, t, k);
    e.label = r.string_or(t, k, "label", "");
    e.from = r.date(r.required(t, k, "from"), k + ".from");
    if (e.kind == FundingEventKind::Prestations) {
      r.check_keys(t, k, {"kind", "label", "from", "to", "factor", "postponed", "postpone_months"});
      e.to = optional_date(r, t, k, "to");
      if (e.to && *e.to < e.from) r.fail(t.get("to"), k + ".to", "ends before it starts");
      e.factor = r.rate(r.required(t, k, "factor"), k + ".factor");
      e.postponed = r.rate_or(t, k, "postponed", Rational(0));
      if (e.postponed > 1) r.fail(t.get("postponed"), k + ".postponed", "cannot postpone more than 100 % of the loss");
      if (e.postponed > 0 && !e.to) r.fail(t.get("postponed"), k + ".postponed", "postponing needs a 'to' date");
      e.postpone_months = static_cast<int>(r.integer_or(t, k, "postpone_months", 1, 24, 6));
    } else if (e.kind == FundingEventKind::FunderLeaves) {
      r.check_keys(t, k, {"kind", "label", "from", "funder"});
      const toml::node& n = r.required(t, k, "funder");
      e.funder = r.string(n, k + ".funder");
      bool known = false;
      for (const auto& f : s.funding) known = known || f.funder == e.funder;
      if (!known) r.fail(&n, k + ".funder", "no [[funding]] has funder '" + e.funder + "'");
    } else {
      r.check_keys(t, k, {"kind", "label", "from", "entity", "fte"});
      e.entity = r.string(r.required(t, k, "entity"), k + ".entity");
      e.fte = r.rate(r.required(t, k, "fte"), k + ".fte");
      bool known = false;
      for (const auto& st : s.staff) known = known || st.entity == e.entity;
      if (!known) r.fail(t.get("entity"), k + ".entity", "no [[staff]] for entity '" + e.entity + "'");
    }
    s.events.push_back(e);
  });
}

void parse_settings(const TomlReader& r, const toml::table& root, FundingScenario& s) {
  if (const toml::node* n = root.get("interco")) {
    const toml::table& t = r.table(*n, "interco");
    r.check_keys(t, "interco", {"annual", "payer", "payer_category", "payee", "payee_category"});
    ProjectedIntercoFlow f;
    f.annual = r.money(r.required(t, "interco", "annual"), "interco.annual");
    f.payer = r.string_or(t, "interco", "payer", f.payer);
    f.payer_category = r.string_or(t, "interco", "payer_category", f.payer_category);
    f.payee = r.string_or(t, "interco", "payee", f.payee);
    f.payee_category = r.string_or(t, "interco", "payee_category", f.payee_category);
    s.interco = f;
  }
  if (const toml::node* n = root.get("cash")) {
    const toml::table& t = r.table(*n, "cash");
    r.check_keys(t, "cash", {"prestation_days", "cofinancing_days", "supplier_days"});
    s.cash.prestation_days = static_cast<int>(r.integer_or(t, "cash", "prestation_days", 0, 365, 0));
    s.cash.cofinancing_days = static_cast<int>(r.integer_or(t, "cash", "cofinancing_days", 0, 365, 0));
    s.cash.supplier_days = static_cast<int>(r.integer_or(t, "cash", "supplier_days", 0, 365, 0));
  }
  if (const toml::node* n = root.get("own_categories")) s.own_categories = strings(r, *n, "own_categories");
  if (const toml::node* n = root.get("monte_carlo")) {
    const toml::table& t = r.table(*n, "monte_carlo");
    r.check_keys(t, "monte_carlo", {"runs", "seed", "cash_threshold"});
    // At least one path (`--runs 0` skips the Monte Carlo), at most a million
    // (the paths' results are held for the percentiles).
    s.runs = r.integer_or(t, "monte_carlo", "runs", 1, 1'000'000, s.runs);
    s.seed = static_cast<std::uint64_t>(r.integer_or(t, "monte_carlo", "seed", 0, INT64_MAX, 1));
    s.cash_threshold = r.money_or(t, "monte_carlo", "cash_threshold", Money());
  }
}

}  // namespace

FundingScenario parse_funding_scenario(std::string_view toml_text, const std::string& source_name) {
  toml::table root = parse_toml(toml_text, source_name);
  const std::string base_file = resolve_base(root, source_name);
  const TomlReader r(source_name);
  r.check_keys(root, "",
               {"name", "base_year", "years", "inflation", "own_categories", "prestations", "commune_classes", "tours",
                "funding", "staff", "events", "interco", "cash", "monte_carlo"});
  FundingScenario s;
  s.base_file = base_file;
  FundingParser p(r, s);
  s.name = r.string(r.required(root, "", "name"), "name");
  s.base_year = static_cast<int>(r.integer(r.required(root, "", "base_year"), "base_year", 2000, 2100));
  s.years = static_cast<int>(r.integer_or(root, "", "years", 3, 5, 5));
  s.inflation = p.driver(root, "", "inflation", {"Inflation des autres charges", "Inflation of other expenses"},
                         DriverUse::Growth, DriverUnit::Rate, Rational(0));
  parse_prestations(r, root, s, p);
  parse_tours(r, root, s, p);
  parse_funding(r, root, s, p);
  parse_staff(r, root, s, p);
  parse_events(r, root, s);
  parse_settings(r, root, s);
  return s;
}

FundingScenario load_funding_scenario(const std::string& path) {
  return parse_funding_scenario(read_scenario_file(path), path);
}

}  // namespace comptoir::forecast
