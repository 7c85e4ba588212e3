// The book the desktop app shows: one Document owns the opened book
// (read-only) and asks reports/ for typed data; the widgets only draw what
// it returns. No Qt here, no SQL and no arithmetic on amounts.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "labels/labels.hpp"
#include "reports/activity_charts.hpp"
#include "reports/category_scheme.hpp"
#include "reports/category_summary.hpp"
#include "store/sqlite_book.hpp"

namespace comptoir::gui {

// An item of the entity picker: one association, or both combined.
struct EntityChoice {
  std::string code;   // "AT", "RES"; "" = every entity combined
  std::string label;  // "AT — Action Territoriale"
};

// What the Actuals view shows for one entity (or both) and fiscal year.
struct Actuals {
  std::string title;        // "AT — Action Territoriale — exercice 2025"
  CategorySummary summary;  // the activity report's figures
  ActivityCharts charts;    // resources by source, expenses by category
  TableData table;          // the same figures, with totals and the result
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

 private:
  std::unique_ptr<SqliteBook> book_;
  Labels labels_;
  CategoryScheme scheme_;
};

}  // namespace comptoir::gui
