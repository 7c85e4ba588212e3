// The book the desktop app shows: one Document owns the opened book
// (read-only) and asks reports/ for typed data; the widgets only draw what
// it returns. No Qt here, no SQL and no arithmetic on amounts.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cofinancing/cofinancing_rule.hpp"
#include "forecast/base_year_actuals.hpp"
#include "forecast/cafe_plan.hpp"
#include "forecast/funding_scenario.hpp"
#include "forecast/monte_carlo.hpp"
#include "labels/labels.hpp"
#include "reports/activity_charts.hpp"
#include "reports/actuals_charts.hpp"
#include "reports/category_scheme.hpp"
#include "reports/category_summary.hpp"
#include "reports/funding_risk.hpp"
#include "reports/funding_tables.hpp"
#include "reports/table_data.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir::gui {

// An item of the entity picker: one association, or both combined.
struct EntityChoice {
  std::string code;   // "AT", "RES"; "" = every entity combined
  std::string label;  // "AT — Action Territoriale"
};

// What the Actuals view shows for one entity (or both) and fiscal year,
// beside the previous fiscal year (N-1) when the entity has one.
struct Actuals {
  std::string title;                        // "AT — Action Territoriale — exercice 2025"
  CategorySummary summary;                  // the activity report's figures
  std::optional<CategorySummary> previous;  // the same of N-1
  ActivityCharts charts;                    // resources by source, expenses by category (and N-1's)
  TableData table;                          // the same figures, with totals and the result, and N-1's
  std::vector<MonthEndCash> cash;           // the cash at each month end of the year
  std::vector<MonthEndCash> previous_cash;  // the same of N-1 (empty without N-1)
};

// A funding-mix scenario opened from a file, with what its projection
// needs from the book (read once, when it is opened): a value that a worker
// thread may compute on while the window goes on (no book inside).
struct FundingInputs {
  std::string file;
  forecast::FundingScenario scenario;
  // A variant's base as read when it was opened (what the drivers panel
  // marks the variant's own drivers against); null for a whole scenario.
  std::shared_ptr<const forecast::FundingScenario> base;
  std::shared_ptr<const forecast::BaseYearActuals> actuals;
  std::shared_ptr<const std::vector<CofinancingRule>> rules;
};

// What the Funding mix view draws: the deterministic projection and the
// Monte Carlo of the scenario (runs and seed from the scenario), and per
// scope (each association, then both combined) the chart data reports/
// makes of them.
struct FundingFigures {
  std::string name;  // the scenario's
  forecast::FundingProjection projection;
  std::optional<forecast::MonteCarloResult> monte_carlo;
  std::vector<FundingChartData> scopes;
  // Per scope (the same order): expenses, shares and the Monte Carlo's
  // risks.
  std::vector<FundingRiskData> risks;
};

// Scenarios compared (the Compare tab), as `comptoir forecast compare`
// (without --runs) compares them: funding mixes (the deterministic
// projection of each; series of the combined result, year-end cash and
// resources per year) or café plans (series of the net result, year-end
// cash and revenue per plan year); the table side by side and the
// differences from the first.
struct Comparison {
  std::vector<std::string> files;
  std::vector<std::string> names;
  bool cafe = false;                                // café plans, not funding mixes
  std::vector<forecast::ScenarioOutcome> outcomes;  // funding mixes
  std::vector<forecast::CafePlan> plans;            // café plans
  std::vector<ChartSeries> result;
  std::vector<ChartSeries> cash;
  std::vector<ChartSeries> resources;
  TableData table;
  TableData differences;
};

// A café business plan (the Café plan tab), as `comptoir forecast cafe`
// computes it, with what its charts and tables draw.
struct CafeFigures {
  std::string file;
  forecast::CafePlan plan;
  ChartSeries month_cash;               // closing cash of each month
  std::vector<ChartSeries> break_even;  // revenue and break-even revenue per plan year
  std::vector<ChartSeries> results;     // EBE, net result and CAF per plan year
  TableData summary;                    // SIG, CAF, break-even, BFR per year
  TableData financing;                  // uses against resources at start-up
};

class Document {
 public:
  // Opens the book at `path` read-only (OpenMode::ReadOnly: the file is
  // never written). Throws Error naming the file when it is missing, is not
  // a Comptoir book or is newer than this program.
  Document(const std::string& path, Language language);

  [[nodiscard]] const std::string& path() const { return book_->path(); }
  [[nodiscard]] const Labels& labels() const { return labels_; }
  [[nodiscard]] const BookReader& book() const { return *book_; }

  // The entities of the book, then "combined" when it has more than one.
  [[nodiscard]] std::vector<EntityChoice> entity_choices() const;
  // The fiscal years of `entity`, oldest first; "" (combined): the years
  // every entity of the book has.
  [[nodiscard]] std::vector<int> years(const std::string& entity) const;
  // The activity report's figures of `entity` ("" = every entity combined,
  // inter-association flows eliminated) for fiscal year `year`.
  [[nodiscard]] Actuals actuals(const std::string& entity, int year) const;
  // The fiscal year before `year` of `entity` ("" = combined: the same
  // year before it for every entity), whatever the years' dates; nullopt
  // when there is none.
  [[nodiscard]] std::optional<int> previous_year(const std::string& entity, int year) const;

  // The codes of `entity` ("" = every entity of the scheme).
  [[nodiscard]] std::vector<std::string> entity_codes(const std::string& entity) const;
  // Fiscal year `year` of `entity` ("" = of the first entity: combined
  // years share their dates). Throws Error(InvalidInput) when it lacks it.
  [[nodiscard]] FiscalYear fiscal_year(const std::string& entity, int year) const;

  // The agreements of `entity` on the last day of its fiscal year `year`.
  [[nodiscard]] GrantChart grants(const std::string& entity, int year) const;
  // The co-financing funders' caps used and left per commune, per-year
  // caps in the calendar year `year`.
  [[nodiscard]] HeadroomChart headroom(int year) const;
  // The Guinguettes of the calendar year `year`.
  [[nodiscard]] GuinguetteChart guinguettes(int year) const;

  // The ledger lines behind a figure (reports/ledger_lines.hpp), titled:
  // a category of the activity report of `entity` in `year`;
  [[nodiscard]] TableData category_lines(const std::string& entity, int year, CategorySide side,
                                         const std::string& category) const;
  // the cash accounts' movements of `entity` from `from` to `to`;
  [[nodiscard]] TableData cash_lines(const std::string& entity, Date from, Date to) const;
  // one figure of an agreement: "awarded" (every entry tagged with its
  // code), "called", "received" or "spent";
  [[nodiscard]] TableData grant_lines(const GrantProgress& grant, const std::string& figure) const;
  // the invoiced shares of rule `rule` of `commune` ("" = every commune);
  [[nodiscard]] TableData headroom_lines(const std::string& rule, const std::string& commune) const;
  // a tour's (event 0) or an event's takings and purchases in `year`.
  [[nodiscard]] TableData guinguette_lines(const GuinguettePoint& point, int year) const;

  // Reads the funding-mix scenario at `path` and its base year's actuals
  // and co-financing rules from the book. Throws Error with the loader's
  // message ("<file>:<line>: key '<key>': <reason>"); nothing is kept then.
  [[nodiscard]] FundingInputs open_scenario(const std::string& path) const;
  // Compares the scenarios `files`, all funding mixes or all café plans
  // (the first is the base of the differences). Throws Error naming a file
  // that cannot be read or is of the other kind.
  [[nodiscard]] Comparison compare(const std::vector<std::string>& files) const;
  // Reads the café scenario at `path` and computes its plan (no book is
  // read). Throws Error with the loader's message.
  [[nodiscard]] CafeFigures open_cafe(const std::string& path) const;

  // Projects `inputs` and runs its Monte Carlo. Reads no book and holds no
  // state: safe on any thread.
  [[nodiscard]] static FundingFigures compute_funding(const FundingInputs& inputs, const Labels& labels);
  // The tornado of the uncertain drivers of `inputs` (the ten of largest
  // swing), two projections per driver: computed apart from the figures,
  // only when it is shown, so that moving a driver stays quick. Safe on
  // any thread.
  [[nodiscard]] static TornadoData compute_tornado(const FundingInputs& inputs, const Labels& labels);

 private:
  std::unique_ptr<SqliteBook> book_;
  Labels labels_;
  CategoryScheme scheme_;
};

}  // namespace comptoir::gui
