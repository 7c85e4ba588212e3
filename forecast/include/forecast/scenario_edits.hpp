// What-if edits of a funding scenario beyond a driver's value (which
// FundingScenario::set_driver moves): the numbers of the scenario that are
// not drivers (a commune class's share, an association's FTEs), a value
// moved by a percentage of a reference (the file's), a driver's
// distribution replaced, the events replaced, a [[funding]] line added or
// removed. Each is checked as the loader
// checks the file, so an edited scenario is one a file could hold; what
// the desktop app's drivers panel does, and tests with it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/rational.hpp"
#include "forecast/funding_scenario.hpp"

namespace comptoir::forecast {

// The value named `key`: a driver's ("prestations[1].count"), a commune
// class's share ("commune_classes[1].share") or an association's base-year
// FTEs ("staff[1].fte"); none for another key.
[[nodiscard]] std::optional<Rational> scenario_value(const FundingScenario& scenario, const std::string& key);
// Moves the value named `key`: a driver by set_driver (a renewal's
// probability at most 100 %, a margin below 100 %, a lognormal's mean above
// 0, an uncertain count or amount not 0, a commune pool of at least one,
// and the distribution shifted with it never below 0: each as the loader
// refuses it), a share so that the classes' shares add up to at most
// 100 %, FTEs above 0. Any driver: a tour's takings per date, margin and
// growth, a prestation's price and its growth as well as counts. Throws
// Error(InvalidInput) for an unknown key or a value the file could not hold
// (then nothing changes).
void set_scenario_value(FundingScenario& scenario, const std::string& key, const Rational& value);

// `reference` changed by `percent` % (−100 and up, 30 % down is -30), in
// `unit`: an amount rounded half-up to the cent, a count half-up to a whole
// number, a rate exact. What "the Region cuts its grant by 30 %" moves an
// amount to.
[[nodiscard]] Rational changed_by_percent(const Rational& reference, int percent, DriverUnit unit);
// The whole percentage by which `value` differs from `reference` (rounded
// half away from zero; 0 when the reference is 0): what a slider relative to
// the file's value shows.
[[nodiscard]] int percent_change(const Rational& reference, const Rational& value);

// Replaces the distribution of driver `index`: `kind` and its exact
// parameters in the order of Driver::parameters (a fixed value; mean, sd;
// min, mode, max; min, max). Checked as the loader checks a file: values
// not negative, sd >= 0, min <= mode <= max and min < max, min < max, a
// lognormal's mean above 0, a renewal only Bernoulli (p <= 100 %), a
// driver scaling amounts uncertain only with a non-zero mean. The base
// becomes the deterministic value (the mean, the mode, the middle of a
// uniform). Throws Error(InvalidInput).
void set_distribution(FundingScenario& scenario, std::size_t index, DistributionKind kind,
                      const std::array<Rational, 3>& parameters);
// Whether driver `index` may be uncertain (every driver but a renewal,
// which is a probability).
[[nodiscard]] bool may_be_uncertain(const FundingScenario& scenario, std::size_t index);

// Checks `event` against `scenario` as the loader checks an [[events]]
// element (dates in order, factor and postponed shares, postponing with a
// `to`, a known funder or staff entity, FTEs >= 0). Throws
// Error(InvalidInput).
void check_event(const FundingScenario& scenario, const FundingEvent& event);
// Replaces the scenario's events, each checked first (nothing changes when
// one is refused).
void set_events(FundingScenario& scenario, std::vector<FundingEvent> events);

// A [[funding]] line as a person adds one: who pays whom under which
// resource category, and the amount per year in euros (fixed, no growth,
// all year, no end: the file's defaults).
struct NewFundingLine {
  std::string entity;    // "AT", "RES"
  std::string category;  // public-subsidies, private-aid, public-generosity
  std::string funder;
  Rational amount;
};
// Adds `line` after the scenario's [[funding]] lines. The scenario is
// written and read back by the loader, so its checks are the loader's and
// the drivers are numbered, labelled and ordered as in a file holding the
// line. Throws Error(InvalidInput) (then nothing changes).
void add_funding_line(FundingScenario& scenario, const NewFundingLine& line);
// Removes [[funding]] element `index` (from 0), read back as above: refused
// when an event still names its funder and no other line has it, and, for a
// variant (`base`: its base as read), when the line is its base's (a variant
// cannot remove). Throws Error(InvalidInput) (then nothing changes).
void remove_funding_line(FundingScenario& scenario, std::size_t index, const FundingScenario* base = nullptr);

}  // namespace comptoir::forecast
