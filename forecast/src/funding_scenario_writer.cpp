// Writing a funding scenario back as TOML (see scenario_document.hpp): every
// key in the schema's order, every number exact — amounts "3200.00", rates
// "2.5%", counts as integers, a fraction "1/3" when no decimal is exact —
// so that reading the text gives the same scenario.
#include <algorithm>
#include <cstdio>

#include "forecast/scenario_toml.hpp"
#include "scenario_document.hpp"

namespace comptoir::forecast {
namespace {

// How a number is written: what it counts.
enum class Unit { Count, Amount, Rate };

std::string fraction(const Rational& r) {
  return boost::multiprecision::numerator(r).str() + "/" + boost::multiprecision::denominator(r).str();
}

// The exact decimal text of `r` with at least `min_decimals` places, or ""
// when its denominator has a prime factor other than 2 and 5.
std::string exact_decimal(const Rational& r, unsigned min_decimals) {
  BigInt den = boost::multiprecision::denominator(r);
  unsigned twos = 0, fives = 0;
  while (den % 2 == 0) den /= 2, ++twos;
  while (den % 5 == 0) den /= 5, ++fives;
  if (den != 1) return {};
  const unsigned places = std::max({twos, fives, min_decimals});
  const BigInt scaled = boost::multiprecision::numerator(r) * boost::multiprecision::pow(BigInt(10), places) /
                        boost::multiprecision::denominator(r);
  std::string digits = BigInt(boost::multiprecision::abs(scaled)).str();
  if (digits.size() <= places) digits.insert(0, places + 1 - digits.size(), '0');
  if (places > 0) digits.insert(digits.size() - places, ".");
  return (scaled < 0 ? "-" : "") + digits;
}

std::string in_quotes(const std::string& text) {
  return "\"" + text + "\"";
}

std::string number(const Rational& r, Unit unit) {
  switch (unit) {
    case Unit::Count:
      if (boost::multiprecision::denominator(r) == 1) return boost::multiprecision::numerator(r).str();
      break;
    case Unit::Amount:
      if (auto text = exact_decimal(r, 2); !text.empty()) return in_quotes(text);
      break;
    case Unit::Rate:
      if (auto text = exact_decimal(r * 100, 0); !text.empty()) return in_quotes(text + "%");
      break;
  }
  const std::string decimal = exact_decimal(r, 0);
  return in_quotes(decimal.empty() ? fraction(r) : decimal);
}

std::string driver(const FundingScenario& s, std::size_t index, Unit unit) {
  const Driver& d = s.drivers[index];
  const auto& p = d.parameters;
  const auto n = [&](const Rational& r) { return number(r, unit); };
  switch (d.distribution.kind) {
    case DistributionKind::Fixed:
    case DistributionKind::Bernoulli:
      break;
    case DistributionKind::Normal:
      return "{ dist = \"normal\", mean = " + n(p[0]) + ", sd = " + n(p[1]) + " }";
    case DistributionKind::LogNormal:
      return "{ dist = \"lognormal\", mean = " + n(p[0]) + ", sd = " + n(p[1]) + " }";
    case DistributionKind::Triangular:
      return "{ dist = \"triangular\", min = " + n(p[0]) + ", mode = " + n(p[1]) + ", max = " + n(p[2]) + " }";
    case DistributionKind::Uniform:
      return "{ dist = \"uniform\", min = " + n(p[0]) + ", max = " + n(p[1]) + " }";
  }
  return n(p[0]);
}

template <typename Items, typename Text>
std::string list(const Items& items, Text text) {
  std::string out = "[";
  for (const auto& item : items) out += (out.size() > 1 ? ", " : "") + text(item);
  return out + "]";
}

std::string strings(const auto& items) {
  return list(items, [](const std::string& s) { return toml_string(s); });
}

std::string months(const std::vector<unsigned>& items) {
  return list(items, [](unsigned m) { return std::to_string(m); });
}

std::string event_kind(FundingEventKind kind) {
  switch (kind) {
    case FundingEventKind::Prestations:
      return "prestations";
    case FundingEventKind::FunderLeaves:
      return "funder-leaves";
    case FundingEventKind::Staff:
      return "staff";
  }
  return "";
}

void add_events(const FundingScenario& s, ScenarioDocument& doc) {
  TomlSection section{"events", true, {}};
  for (const auto& e : s.events) {
    TomlElement el;
    el.entries = {{"kind", in_quotes(event_kind(e.kind))}};
    if (!e.label.empty()) el.entries.push_back({"label", toml_string(e.label)});
    el.entries.push_back({"from", e.from.iso()});
    if (e.kind == FundingEventKind::Prestations) {
      if (e.to) el.entries.push_back({"to", e.to->iso()});
      el.entries.push_back({"factor", number(e.factor, Unit::Rate)});
      el.entries.push_back({"postponed", number(e.postponed, Unit::Rate)});
      el.entries.push_back({"postpone_months", std::to_string(e.postpone_months)});
    } else if (e.kind == FundingEventKind::FunderLeaves) {
      el.entries.push_back({"funder", toml_string(e.funder)});
    } else {
      el.entries.push_back({"entity", toml_string(e.entity)});
      el.entries.push_back({"fte", number(e.fte, Unit::Count)});
    }
    section.elements.push_back(el);
  }
  doc.sections.push_back(section);
}

void add_settings(const FundingScenario& s, ScenarioDocument& doc) {
  if (s.interco) {
    const ProjectedIntercoFlow& f = *s.interco;
    doc.sections.push_back({"interco",
                            false,
                            {{{{"annual", in_quotes(f.annual.to_string())},
                               {"payer", toml_string(f.payer)},
                               {"payer_category", toml_string(f.payer_category)},
                               {"payee", toml_string(f.payee)},
                               {"payee_category", toml_string(f.payee_category)}}}}});
  }
  const CashTiming& c = s.cash;
  if (c.prestation_days != 0 || c.cofinancing_days != 0 || c.supplier_days != 0) {
    doc.sections.push_back({"cash",
                            false,
                            {{{{"prestation_days", std::to_string(c.prestation_days)},
                               {"cofinancing_days", std::to_string(c.cofinancing_days)},
                               {"supplier_days", std::to_string(c.supplier_days)}}}}});
  }
  doc.sections.push_back({"monte_carlo",
                          false,
                          {{{{"runs", std::to_string(s.runs)},
                             {"seed", std::to_string(s.seed)},
                             {"cash_threshold", in_quotes(s.cash_threshold.to_string())}}}}});
}

}  // namespace

const TomlEntry* TomlElement::find(const std::string& key) const {
  const auto it = std::find_if(entries.begin(), entries.end(), [&](const TomlEntry& e) { return e.key == key; });
  return it == entries.end() ? nullptr : &*it;
}

std::string toml_string(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += escape;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

ScenarioDocument funding_document(const FundingScenario& s) {
  ScenarioDocument doc;
  doc.top = {{"name", toml_string(s.name)},
             {"base_year", std::to_string(s.base_year)},
             {"years", std::to_string(s.years)},
             {"inflation", driver(s, s.inflation, Unit::Rate)},
             {"own_categories", strings(s.own_categories)}};
  TomlSection prestations{"prestations", true, {}};
  for (const auto& p : s.prestations) {
    prestations.elements.push_back({{{"type", in_quotes(to_string(p.type))},
                                     {"count", driver(s, p.count, Unit::Count)},
                                     {"price", driver(s, p.price, Unit::Amount)},
                                     {"price_growth", driver(s, p.price_growth, Unit::Rate)}}});
  }
  TomlSection classes{"commune_classes", true, {}};
  for (const auto& c : s.commune_classes) {
    TomlElement el{{{"flags", strings(c.flags)}, {"share", number(c.share, Unit::Rate)}}};
    if (c.communes) el.entries.push_back({"communes", driver(s, *c.communes, Unit::Count)});
    classes.elements.push_back(std::move(el));
  }
  TomlSection tours{"tours", true, {}};
  for (const auto& t : s.tours) {
    TomlElement el{{{"name", toml_string(t.name)},
                    {"entity", toml_string(t.entity)},
                    {"dates", driver(s, t.dates, Unit::Count)},
                    {"takings_per_date", driver(s, t.takings, Unit::Amount)},
                    {"margin", driver(s, t.margin, Unit::Rate)},
                    {"growth", driver(s, t.growth, Unit::Rate)},
                    {"months", months(t.months)}}};
    if (t.from) el.entries.push_back({"from", t.from->iso()});
    if (t.to) el.entries.push_back({"to", t.to->iso()});
    tours.elements.push_back(el);
  }
  TomlSection funding{"funding", true, {}};
  for (const auto& f : s.funding) {
    TomlElement el{{{"entity", toml_string(f.entity)},
                    {"category", toml_string(f.category)},
                    {"funder", toml_string(f.funder)},
                    {"amount", driver(s, f.amount, Unit::Amount)},
                    {"growth", driver(s, f.growth, Unit::Rate)}}};
    if (f.from) el.entries.push_back({"from", f.from->iso()});
    if (f.end) el.entries.push_back({"end", f.end->iso()});
    if (f.renewal) el.entries.push_back({"renewal", driver(s, *f.renewal, Unit::Rate)});
    if (!f.months.empty()) el.entries.push_back({"months", months(f.months)});
    if (f.payment_days != 0) el.entries.push_back({"payment_days", std::to_string(f.payment_days)});
    funding.elements.push_back(el);
  }
  TomlSection staff{"staff", true, {}};
  for (const auto& st : s.staff) {
    staff.elements.push_back({{{"entity", toml_string(st.entity)},
                               {"fte", number(st.fte, Unit::Count)},
                               {"cost_growth", driver(s, st.cost_growth, Unit::Rate)}}});
  }
  doc.sections = {prestations, classes, tours, funding, staff};
  add_events(s, doc);
  add_settings(s, doc);
  return doc;
}

std::string emit(const ScenarioDocument& doc) {
  std::string out;
  for (const auto& e : doc.top) out += e.key + " = " + e.value + "\n";
  for (const auto& section : doc.sections) {
    for (const auto& element : section.elements) {
      out += "\n" + (section.array ? "[[" + section.name + "]]" : "[" + section.name + "]") + "\n";
      for (const auto& e : element.entries) out += e.key + " = " + e.value + "\n";
    }
  }
  return out;
}

std::string write_funding_scenario(const FundingScenario& scenario) {
  return "# Funding-mix scenario (schema: forecast/scenarios/funding-base.toml).\n" + emit(funding_document(scenario));
}

}  // namespace comptoir::forecast
