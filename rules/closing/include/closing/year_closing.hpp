// The year-end closing (clôture de l'exercice): the checks that come first,
// the year-end entries (from the asset register: depreciation, release of
// investment subsidies, exit and sale of disposed assets; dedicated
// funds), the lock, and the opening entries (à-nouveaux) of the next year
// with the result on 120/129 pending its allocation. A plan is computed
// without writing anything (what `close --dry-run` shows); closing posts
// exactly that plan inside the caller's write scope, so a failure or a kill
// at any point leaves the book as it was.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "assets/asset_store.hpp"
#include "core/book.hpp"
#include "grants/grant_store.hpp"

namespace comptoir {

enum class ClosingSeverity { Blocking, Warning };

// What a check found: data, not words (a report words it). `check` is a
// stable code: "earlier-year-open", "drafts", "integrity", "suspense",
// "class-8", "cash-in-credit", "vat-unsettled", "interco", "dedicated-funds",
// "dedicated-funds-posted", "opening-exists" (the next year already has
// opening entries in journal AN).
struct ClosingProblem {
  std::string check;
  ClosingSeverity severity = ClosingSeverity::Blocking;
  std::string subject;               // an account, a period, a pair id, a grant, a year
  Money amount;                      // the balance or difference involved, if any
  std::vector<std::string> entries;  // "AT-2025-000042", "draft #12", or a verify message
};

// Where the checks, the year-end entries and the opening entries stand
// before anything is written.
struct ClosingPlan {
  std::string entity;
  FiscalYear year;
  FiscalYear next_year;           // opened by the close if it does not exist
  bool next_year_exists = false;  // else the close opens it
  Date entry_date;                // of the year-end entries
  std::vector<ClosingProblem> problems;
  std::vector<Transaction> year_end_entries;  // drafts, journal OD
  std::optional<Transaction> opening_entry;   // draft, journal AN, dated next_year.start
  Money result;                               // classes 7 − 6 after the year-end entries: > 0 surplus

  [[nodiscard]] bool blocked() const;
  [[nodiscard]] bool has_warnings() const;
};

// Problems of the store itself (running totals, dangling references) that
// the core's verifier cannot see; the CLI passes the SQLite store's.
using StoreIntegrityCheck = std::function<std::vector<std::string>()>;

class YearClosing {
 public:
  // All must outlive the closing. The accounts of the result (120000,
  // 129000) and the journals OD and AN must be in the entity's chart.
  YearClosing(Book& book, GrantStore& grants, AssetStore& assets, StoreIntegrityCheck store_check = {})
      : book_(book), grants_(grants), assets_(assets), store_check_(std::move(store_check)) {}

  // The plan of closing `entity`'s fiscal year `year` (the one that ends in
  // it), year-end entries dated `date` (default: the year's last day; must
  // be in the year). Writes nothing. Throws Error(NotFound) for an unknown
  // entity or year, Error(Locked) if the year is already closed,
  // Error(InvalidInput) for a date outside the year.
  [[nodiscard]] ClosingPlan plan(const std::string& entity, int year, std::optional<Date> date = {}) const;

  // Posts `plan` inside the caller's write scope: the year-end entries
  // (validated), the lock, the next year if needed, the opening entry
  // (validated). Refuses with Error(InvalidInput) a plan with blocking
  // problems, or with warnings unless `accept_warnings`; Error(Locked) if
  // the year was closed meanwhile.
  void close(const ClosingPlan& plan, Date validation_date, bool accept_warnings);

 private:
  Book& book_;
  GrantStore& grants_;
  AssetStore& assets_;
  StoreIntegrityCheck store_check_;
};

// One part of a result allocation (affectation du résultat): an account of
// class 1 (110000 report à nouveau, 106800 réserves pour projet…) and its
// amount, positive.
struct ResultPart {
  std::string account;
  Money amount;
};

// The result of the closed fiscal year `year` of `entity` (classes 7 − 6,
// > 0 surplus) as carried on 120000 or 129000.
[[nodiscard]] Money closed_year_result(const BookReader& reader, const std::string& entity, int year);

// Posts, validated in journal OD on `date` (in an open year after `year`),
// the entry that clears the result of the closed year `year` from 120000
// (surplus: Dr 120 / Cr each part) or 129000 (deficit: Cr 129 / Dr each
// part), piece "AFFECTATION-<year>". Throws Error(InvalidInput) unless the
// year is closed, the parts are accounts of class 1 of the chart other
// than 12x, each positive, summing to the result; Error(Locked) if the
// result was already allocated. Returns the entry's id.
std::int64_t allocate_result(Book& book, const std::string& entity, int year, Date date,
                             const std::vector<ResultPart>& parts, Date validation_date);

}  // namespace comptoir
