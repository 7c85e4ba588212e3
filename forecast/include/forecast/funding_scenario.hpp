// A funding-mix scenario for AT and RES: drivers projecting a book's base
// year over 3 to 5 years, with events and Monte Carlo settings. Read from
// TOML (scenario_toml.hpp); schema in forecast/scenarios/funding-base.toml.
// Every input type of a funding projection lives here: the drivers and
// their distributions, what they drive (prestations, tours, funding
// sources, staff), the events that shift them and the interco flow.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cofinancing/prestation.hpp"
#include "core/date.hpp"
#include "core/money.hpp"
#include "core/rational.hpp"

namespace comptoir::forecast {

// The shapes a driver's uncertainty may take (Monte Carlo).
enum class DistributionKind {
  Fixed,       // no uncertainty: always the base value
  Normal,      // mean, sd (truncated at 0: drivers are never negative)
  LogNormal,   // mean, sd of the value itself (not of its logarithm)
  Triangular,  // min, mode, max
  Uniform,     // min, max
  Bernoulli,   // probability p of 1 (a renewal), else 0
};

// A driver's distribution and how to draw from it. Sampling is in double
// (DESIGN: a Monte Carlo may sample in double); draws come from uniform
// numbers given by the caller so that a path's draws depend only on its
// own random stream (reproducible whatever the number of threads).
struct Distribution {
  DistributionKind kind = DistributionKind::Fixed;
  double a = 0;  // Fixed: value; Normal/LogNormal: mean; Triangular/Uniform: min; Bernoulli: p
  double b = 0;  // Normal/LogNormal: sd; Triangular: mode; Uniform: max
  double c = 0;  // Triangular: max

  [[nodiscard]] bool is_fixed() const { return kind == DistributionKind::Fixed; }
  // The distribution's mean (exact formula, not sampled).
  [[nodiscard]] double mean() const;
  // The q-quantile (0 < q < 1) by the inverse CDF; Bernoulli: 0 below 1-p, else 1.
  [[nodiscard]] double quantile(double q) const;
  // One draw from two independent uniforms in [0, 1): u1 drives inverse-CDF
  // shapes, (u1, u2) feed Box-Muller for the normal ones. Never negative.
  [[nodiscard]] double sample(double u1, double u2) const;
};

// The unit a driver's value is in, for tables and charts: a count
// (prestations, dates), an amount in euros, or a rate (a growth, a margin,
// a renewal's probability) whose value 1/50 reads "2 %".
enum class DriverUnit { Count, Amount, Rate };

// A number the scenario is driven by (a count, a price, a rate, an amount,
// a renewal probability), with its uncertainty. The base value is exact and
// feeds the deterministic projection; the distribution feeds the Monte
// Carlo and the sensitivity (tornado) analysis. The structs below hold
// indices into FundingScenario::drivers ("driver:" fields).
struct Driver {
  std::string key;       // dotted scenario key, "prestations[1].count": names it in messages and tornado rows
  std::string label;     // "Études de préfiguration : nombre/an", for tables
  std::string label_en;  // "Feasibility studies: count/year"
  Rational base;         // the deterministic value: the mean (the mode for a triangular, p for a renewal)
  Distribution distribution;
  bool renewal = false;  // a Bernoulli renewal: renewed when the value is >= 1/2
  // The distribution's parameters as the file gave them, exact, in the
  // order of Distribution's a, b, c (a fixed value or p: a alone): what a
  // scenario file is written back from; `distribution` is their double.
  std::array<Rational, 3> parameters{};
  DriverUnit unit = DriverUnit::Count;
};

// Prestations of one type sold per year by Action Territoriale: volume ×
// price HT, the price growing yearly.
struct PrestationDriver {
  PrestationType type = PrestationType::Feasibility;
  std::size_t count = 0;         // driver: prestations per year
  std::size_t price = 0;         // driver: price HT in euros (base year prices)
  std::size_t price_growth = 0;  // driver: yearly growth of the price
};

// A share of the communes buying prestations that carries given
// eligibility flags (villages-d-avenir...): what decides which
// co-financing rules apply to projected prestations.
// The class's communes form a pool: with `communes`, that many distinct
// communes (the book's communes of the class first, with the co-financing
// they used up to the base year) share the class's prestations evenly over
// the whole projection, so per-commune caps accumulate across the years.
// Without it, every prestation is a new commune's first.
struct CommuneClass {
  std::set<std::string> flags;
  Rational share;                       // of every prestation type's volume, 0..1
  std::optional<std::size_t> communes;  // driver: how many communes of the class buy over the projection
};

// A Guinguette tour: dates per year × takings HT per date, sold in the
// season's months; drinks bought at (1 - margin) of the takings. A tour
// may start or stop at a date (a new tour is a tour with `from`).
struct TourDriver {
  std::string name;
  std::string entity = "AT";
  std::size_t dates = 0;         // driver: dates per year
  std::size_t takings = 0;       // driver: takings HT per date, euros
  std::size_t margin = 0;        // driver: gross margin rate
  std::size_t growth = 0;        // driver: yearly growth of takings per date
  std::vector<unsigned> months;  // season, 1-12 (empty: May to September)
  std::optional<Date> from;      // first day of the tour (none: already running)
  std::optional<Date> to;        // last day (none: open-ended)
  std::string where;             // "<file>:<line>: key '<table>'": for errors found against the book
};

// A subsidy, a private aid or a donation campaign: an annual amount from a
// named funder, booked under a resource category of an entity. After its
// end date it continues only if renewed (a Bernoulli driver).
struct FundingSource {
  std::string entity;                  // "AT", "RES"
  std::string category;                // resource category code: public-subsidies, private-aid, public-generosity
  std::string funder;                  // "ANCT", "Fondation Kronenbourg"
  std::size_t amount = 0;              // driver: euros per year
  std::size_t growth = 0;              // driver: yearly growth of the amount
  std::optional<std::size_t> renewal;  // driver (Bernoulli) when `end` is given
  std::optional<Date> from;            // first day (none: already running)
  std::optional<Date> end;             // last day of the current agreement
  std::vector<unsigned> months;        // months it is called (empty: all year)
  int payment_days = 0;                // days from a tranche's call to its receipt (cash, not result)
  std::string where;                   // "<file>:<line>: key '<table>'": for errors found against the book
};

// An association's staff: full-time equivalents in the base year and the
// yearly growth of the cost per FTE. The payroll of the base year (less
// re-invoiced shared staff) is the anchor: payroll scales with FTE/base FTE.
struct StaffDriver {
  std::string entity;
  Rational fte;                 // base-year FTEs, > 0
  std::size_t cost_growth = 0;  // driver: yearly growth of the cost per FTE
  std::string where;            // "<file>:<line>: key '<table>'": for errors found against the book
};

// What a scenario event changes from its date.
enum class FundingEventKind {
  Prestations,   // prestations' volume × factor between from and to; a part of the loss is postponed
  FunderLeaves,  // a funder's sources stop from the date
  Staff,         // an entity's FTEs become `fte` from the date
};

// An event that shifts drivers from a date: an election year (prestations
// down and postponed), a sponsor leaving, staff hired or leaving.
struct FundingEvent {
  FundingEventKind kind = FundingEventKind::Prestations;
  std::string label;
  Date from;
  std::optional<Date> to;   // Prestations: last day of the slowdown (none: to the horizon)
  Rational factor{1};       // Prestations: volume multiplier in [from, to]
  Rational postponed{0};    // Prestations: share of the lost volume sold in the months after `to`
  int postpone_months = 6;  // Prestations: over how many months the postponed volume is spread
  std::string funder;       // FunderLeaves
  std::string entity;       // Staff
  Rational fte;             // Staff
};

// The yearly flow between the two associations the scenario projects (RES
// re-invoices AT for shared staff): an expense of one and a resource of the
// other, visible in each projection and eliminated from the combined one.
// Not a booked flow (rules/interco's InterCoFlow, one dated pair of
// entries): an annual amount spread over the projected months.
struct ProjectedIntercoFlow {
  Money annual;
  std::string payer = "AT";
  std::string payer_category = "payroll";
  std::string payee = "RES";
  std::string payee_category = "recharges";
};

// When cash moves after the result (days after the month a line is booked
// in; 30 days make a month, the rest is spread pro rata on the next one).
// Before the horizon, lines already running are taken to have run as in
// their first projected year, so only a change (a new grant, a lapsed one,
// more sales) opens a gap between cash and result.
struct CashTiming {
  int prestation_days = 0;   // communes pay their part of prestations
  int cofinancing_days = 0;  // co-funders pay theirs
  int supplier_days = 0;     // purchases and other expenses than payroll are paid
};

struct FundingScenario {
  std::string name;
  int base_year = 0;
  int years = 5;  // projected years after the base year, 3 to 5
  // The scenario this one is a variant of (its `base` key, resolved from
  // the variant's folder), or "" for a whole scenario. A variant file holds
  // only what differs; the loader merged its base in.
  std::string base_file;
  std::vector<Driver> drivers;  // every number below points here
  std::size_t inflation = 0;    // driver: yearly growth of expenses that no other driver models
  std::string prestation_entity = "AT";
  std::vector<PrestationDriver> prestations;
  std::vector<CommuneClass> commune_classes;
  std::vector<TourDriver> tours;
  std::vector<FundingSource> funding;
  std::vector<StaffDriver> staff;
  std::vector<FundingEvent> events;
  std::optional<ProjectedIntercoFlow> interco;
  CashTiming cash;
  // Resource categories counted as own resources (whoever pays: sales).
  std::vector<std::string> own_categories{"activity-sales", "prestations"};
  // Monte Carlo defaults (the CLI may override them).
  std::int64_t runs = 10000;
  std::uint64_t seed = 1;
  Money cash_threshold;  // P(cash < threshold) is reported per year

  // The deterministic value of every driver, in order.
  [[nodiscard]] std::vector<Rational> base_values() const;
  // The driver named `key` ("inflation", "prestations[1].count"), if any.
  [[nodiscard]] std::optional<std::size_t> find_driver(const std::string& key) const;
  // Moves driver `index` to `value`: its base becomes `value` and its
  // distribution shifts by the same amount (same shape and spread around
  // the new base; a fixed or renewal driver takes the value). What a
  // what-if edit does, in the GUI as in tests. Throws Error(InvalidInput)
  // for an index out of range or a negative value.
  void set_driver(std::size_t index, const Rational& value);
};

}  // namespace comptoir::forecast
