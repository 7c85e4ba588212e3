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
#include "forecast/funding_scenario.hpp"
#include "forecast/monte_carlo.hpp"
#include "labels/labels.hpp"
#include "reports/activity_charts.hpp"
#include "reports/category_scheme.hpp"
#include "reports/category_summary.hpp"
#include "reports/funding_tables.hpp"
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

  // Reads the funding-mix scenario at `path` and its base year's actuals
  // and co-financing rules from the book. Throws Error with the loader's
  // message ("<file>:<line>: key '<key>': <reason>"); nothing is kept then.
  [[nodiscard]] FundingInputs open_scenario(const std::string& path) const;
  // Projects `inputs` and runs its Monte Carlo. Reads no book and holds no
  // state: safe on any thread.
  [[nodiscard]] static FundingFigures compute_funding(const FundingInputs& inputs, const Labels& labels);

 private:
  std::unique_ptr<SqliteBook> book_;
  Labels labels_;
  CategoryScheme scheme_;
};

}  // namespace comptoir::gui
