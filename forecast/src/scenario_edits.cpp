// See scenario_edits.hpp.
#include "forecast/scenario_edits.hpp"

#include <algorithm>
#include <charconv>

#include "core/error.hpp"
#include "core/money.hpp"
#include "forecast/scenario_toml.hpp"

namespace comptoir::forecast {
namespace {

[[noreturn]] void refuse(const std::string& key, const std::string& reason) {
  throw Error(ErrorKind::InvalidInput, "key '" + key + "': " + reason);
}

// The element index (from 0) of "<array>[N].<field>", if `key` names it.
std::optional<std::size_t> element_of(const std::string& key, std::string_view array, std::string_view field) {
  const std::string head = std::string(array) + "[";
  const std::string tail = "]." + std::string(field);
  if (!key.starts_with(head) || !key.ends_with(tail) || key.size() <= head.size() + tail.size()) return std::nullopt;
  std::size_t n = 0;
  const char* first = key.data() + head.size();
  const char* last = key.data() + key.size() - tail.size();
  const auto [end, error] = std::from_chars(first, last, n);
  if (error != std::errc() || end != last || n == 0) return std::nullopt;
  return n - 1;
}

// `r` rounded half away from zero to a whole number.
BigInt whole(const Rational& r) {
  const BigInt n = boost::multiprecision::numerator(r);
  const BigInt d = boost::multiprecision::denominator(r);
  const BigInt magnitude = (2 * boost::multiprecision::abs(n) + d) / (2 * d);
  return n < 0 ? BigInt(-magnitude) : magnitude;
}

void check_driver_value(const Driver& d, const Rational& value) {
  if (value < 0) refuse(d.key, "cannot be negative");
  if (d.renewal && value > 1) refuse(d.key, "a probability cannot exceed 100 %");
  if (d.key.ends_with(".margin") && value >= 1) refuse(d.key, "a margin rate must be below 100 %");
  if (d.key.ends_with(".communes") && value < 1) refuse(d.key, "a pool needs at least one commune");
}

// What the loader refuses of a driver once moved: a distribution's bound
// below 0 (every number of the file is), an uncertain count or amount
// (a driver that scales) around 0.
void check_moved_driver(const Driver& d) {
  for (const auto& x : d.parameters) {
    if (x < 0) refuse(d.key, "its distribution would fall below 0");
  }
  if (d.unit != DriverUnit::Rate && !d.distribution.is_fixed() && d.base == 0)
    refuse(d.key, "an uncertain driver needs a non-zero mean");
}

// `edited` written and read back by the loader, which checks it whole and
// numbers its drivers as a file would; what the loader locates in that
// text ("<text>:<line>: ") is left out of its message. The base file and
// the places of `kept` elements (tours, staff; funding by `funding_from`,
// the index in `original` of each line, or none for a new one) are the
// original's, so that errors found against the book name the real file.
FundingScenario read_back(const FundingScenario& edited, const FundingScenario& original,
                          const std::vector<std::optional<std::size_t>>& funding_from) {
  FundingScenario s;
  try {
    s = parse_funding_scenario(write_funding_scenario(edited), "(scenario as edited)");
  } catch (const Error& e) {
    const std::string message = e.what();
    const auto key = message.find("key '");
    throw Error(ErrorKind::InvalidInput, key == std::string::npos ? message : message.substr(key));
  }
  s.base_file = original.base_file;
  for (std::size_t i = 0; i < s.tours.size() && i < original.tours.size(); ++i)
    s.tours[i].where = original.tours[i].where;
  for (std::size_t i = 0; i < s.staff.size() && i < original.staff.size(); ++i)
    s.staff[i].where = original.staff[i].where;
  for (std::size_t i = 0; i < s.funding.size() && i < funding_from.size(); ++i) {
    s.funding[i].where = funding_from[i] ? original.funding[*funding_from[i]].where
                                         : "key 'funding[" + std::to_string(i + 1) + "]' (added)";
  }
  return s;
}

}  // namespace

std::optional<Rational> scenario_value(const FundingScenario& s, const std::string& key) {
  if (const auto index = s.find_driver(key)) return s.drivers[*index].base;
  if (const auto c = element_of(key, "commune_classes", "share"); c && *c < s.commune_classes.size()) {
    return s.commune_classes[*c].share;
  }
  if (const auto st = element_of(key, "staff", "fte"); st && *st < s.staff.size()) return s.staff[*st].fte;
  return std::nullopt;
}

void set_scenario_value(FundingScenario& s, const std::string& key, const Rational& value) {
  if (const auto index = s.find_driver(key)) {
    const Driver before = s.drivers[*index];
    check_driver_value(before, value);
    if (before.distribution.kind == DistributionKind::LogNormal && value == 0)
      refuse(key, "a lognormal needs a mean above 0");
    s.set_driver(*index, value);
    try {
      check_moved_driver(s.drivers[*index]);
    } catch (const Error&) {
      s.drivers[*index] = before;
      throw;
    }
    return;
  }
  if (const auto c = element_of(key, "commune_classes", "share"); c && *c < s.commune_classes.size()) {
    if (value < 0) refuse(key, "cannot be negative");
    Rational total = value;
    for (std::size_t i = 0; i < s.commune_classes.size(); ++i) {
      if (i != *c) total += s.commune_classes[i].share;
    }
    if (total > 1) refuse(key, "the classes' shares add up to more than 100 %");
    s.commune_classes[*c].share = value;
    return;
  }
  if (const auto st = element_of(key, "staff", "fte"); st && *st < s.staff.size()) {
    if (value <= 0) refuse(key, "the base year needs at least some staff (fte > 0)");
    s.staff[*st].fte = value;
    return;
  }
  throw Error(ErrorKind::InvalidInput, "no value '" + key + "' in the scenario");
}

Rational changed_by_percent(const Rational& reference, int percent, DriverUnit unit) {
  if (percent < -100) throw Error(ErrorKind::InvalidInput, "a value cannot fall by more than 100 %");
  Rational value = reference * (100 + percent) / 100;
  switch (unit) {
    case DriverUnit::Amount:
      return Money::round(value, RoundingMode::HalfUp).to_rational();
    case DriverUnit::Count:
      return Rational(whole(value));
    case DriverUnit::Rate:
      break;
  }
  return value;
}

int percent_change(const Rational& reference, const Rational& value) {
  if (reference == 0) return 0;
  const Rational percent = (value - reference) * 100 / reference;
  return whole(percent).convert_to<int>();
}

bool may_be_uncertain(const FundingScenario& s, std::size_t index) {
  return index < s.drivers.size() && !s.drivers[index].renewal;
}

void set_distribution(FundingScenario& s, std::size_t index, DistributionKind kind, const std::array<Rational, 3>& p) {
  if (index >= s.drivers.size()) throw Error(ErrorKind::InvalidInput, "no driver #" + std::to_string(index));
  Driver& d = s.drivers[index];
  const auto& key = d.key;
  if (d.renewal != (kind == DistributionKind::Bernoulli)) {
    refuse(key, d.renewal ? "a renewal is a bernoulli (or just a probability)" : "only a renewal is a bernoulli");
  }
  Rational base;
  std::array<Rational, 3> kept{};
  switch (kind) {
    case DistributionKind::Fixed:
    case DistributionKind::Bernoulli:
      base = p[0];
      kept = {p[0], 0, 0};
      break;
    case DistributionKind::Normal:
    case DistributionKind::LogNormal:
      if (p[1] < 0) refuse(key + ".sd", "cannot be negative");
      if (kind == DistributionKind::LogNormal && p[0] <= 0) refuse(key + ".mean", "a lognormal needs a mean above 0");
      base = p[0];
      kept = {p[0], p[1], 0};
      break;
    case DistributionKind::Triangular:
      if (!(p[0] <= p[1] && p[1] <= p[2] && p[0] < p[2])) refuse(key, "expected min <= mode <= max and min < max");
      base = p[1];
      kept = p;
      break;
    case DistributionKind::Uniform:
      if (!(p[0] < p[1])) refuse(key, "expected min < max");
      base = (p[0] + p[1]) / 2;
      kept = {p[0], p[1], 0};
      break;
  }
  for (const auto& x : kept) {
    if (x < 0) refuse(key, "cannot be negative");
  }
  check_driver_value(d, base);
  if (d.unit != DriverUnit::Rate && kind != DistributionKind::Fixed && base == 0)
    refuse(key, "an uncertain driver needs a non-zero mean");
  const auto to_double = [](const Rational& r) { return r.convert_to<double>(); };
  d.base = base;
  d.parameters = kept;
  d.distribution = {kind, to_double(kept[0]), to_double(kept[1]), to_double(kept[2])};
}

void check_event(const FundingScenario& s, const FundingEvent& e) {
  switch (e.kind) {
    case FundingEventKind::Prestations:
      if (e.to && *e.to < e.from) refuse("events.to", "ends before it starts");
      if (e.factor < 0) refuse("events.factor", "cannot be negative");
      if (e.postponed < 0 || e.postponed > 1) refuse("events.postponed", "a share between 0 and 100 %");
      if (e.postponed > 0 && !e.to) refuse("events.postponed", "postponing needs a 'to' date");
      if (e.postpone_months < 1 || e.postpone_months > 24) refuse("events.postpone_months", "1 to 24 months");
      break;
    case FundingEventKind::FunderLeaves:
      if (std::none_of(s.funding.begin(), s.funding.end(),
                       [&](const FundingSource& f) { return f.funder == e.funder; }))
        refuse("events.funder", "no [[funding]] has funder '" + e.funder + "'");
      break;
    case FundingEventKind::Staff:
      if (e.fte < 0) refuse("events.fte", "cannot be negative");
      if (std::none_of(s.staff.begin(), s.staff.end(), [&](const StaffDriver& st) { return st.entity == e.entity; }))
        refuse("events.entity", "no [[staff]] for entity '" + e.entity + "'");
      break;
  }
}

void set_events(FundingScenario& s, std::vector<FundingEvent> events) {
  for (const auto& e : events) check_event(s, e);
  s.events = std::move(events);
}

void add_funding_line(FundingScenario& s, const NewFundingLine& line) {
  FundingScenario edited = s;
  const std::string key = "funding[" + std::to_string(s.funding.size() + 1) + "]";
  if (line.amount < 0) refuse(key + ".amount", "cannot be negative");
  // Drivers appended anywhere: the writer places them by the line's indices.
  const auto fixed = [&](const Rational& value, DriverUnit unit) {
    Driver d{key, "", "", value, {DistributionKind::Fixed, value.convert_to<double>(), 0, 0}};
    d.parameters = {value, 0, 0};
    d.unit = unit;
    edited.drivers.push_back(d);
    return edited.drivers.size() - 1;
  };
  FundingSource f;
  f.entity = line.entity;
  f.category = line.category;
  f.funder = line.funder;
  f.amount = fixed(line.amount, DriverUnit::Amount);
  f.growth = fixed(0, DriverUnit::Rate);
  edited.funding.push_back(f);
  std::vector<std::optional<std::size_t>> from;
  for (std::size_t i = 0; i < s.funding.size(); ++i) from.emplace_back(i);
  s = read_back(edited, s, from);
}

void remove_funding_line(FundingScenario& s, std::size_t index, const FundingScenario* base) {
  if (index >= s.funding.size()) throw Error(ErrorKind::InvalidInput, "no funding line #" + std::to_string(index + 1));
  FundingScenario edited = s;
  edited.funding.erase(edited.funding.begin() + static_cast<std::ptrdiff_t>(index));
  if (base != nullptr) {
    try {
      (void)write_funding_variant(edited, *base, "base.toml");
    } catch (const Error&) {
      refuse("funding[" + std::to_string(index + 1) + "]", "a variant cannot remove its base's funding line");
    }
  }
  std::vector<std::optional<std::size_t>> from;
  for (std::size_t i = 0; i < s.funding.size(); ++i) {
    if (i != index) from.emplace_back(i);
  }
  s = read_back(edited, s, from);
}

}  // namespace comptoir::forecast
