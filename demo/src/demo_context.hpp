// Shared by the demo_*.cpp generators (not a public header): the book being
// filled, a fixed-seed random source for dates and weights, entries waiting
// to be posted in date order, the planned totals, and the themed builders.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/book.hpp"
#include "core/money.hpp"
#include "demo/demo_books.hpp"

namespace comptoir {

class DemoContext {
 public:
  DemoContext(Book& book, DemoStores& stores) : book_(book), stores_(stores) {}

  [[nodiscard]] Book& book() { return book_; }
  [[nodiscard]] DemoStores& stores() { return stores_; }

  // A uniform integer in [low, high] from a fixed-seed mt19937 (whose output
  // the standard fixes), so every build draws the same numbers.
  int uniform(int low, int high);
  // `n` integer weights drawn in [low, high], for comptoir::allocate.
  std::vector<Rational> weights(int n, int low, int high);
  // `n` distinct days in [from, to], sorted.
  std::vector<Date> distinct_days(Date from, Date to, int n);
  // A deterministic Fisher-Yates shuffle of indices 0..n-1.
  std::vector<int> shuffled(int n);

  void add_auxiliary(const std::string& entity, const std::string& code, const std::string& label,
                     const std::string& parent);
  // Queues a validated entry; post_all() posts the queue in date order
  // (stable, so same-day entries keep their order) validated on their date.
  void add(Transaction t);
  // Queues a domain write that posts when its date comes (an invoice, a
  // till import, a receipt): `post` must post exactly `preview` (what the
  // domain code's draft_*/build_* functions return), which the queue's
  // readers (queued_balance) see until then.
  void add_deferred(Date date, std::vector<Transaction> preview, std::function<void()> post);
  // Queues an action that posts through a domain desk (grant tranches)
  // with no preview: what it posts is invisible to the queue's readers.
  void add_action(Date date, std::function<void()> action) { add_deferred(date, {}, std::move(action)); }
  void post_all();
  // Visits the queued entries, deferred ones through their preview (for
  // builders that read what is planned, like the VAT returns).
  void for_each_queued(const std::function<void(const Transaction&)>& visit) const {
    for (const auto& entry : pending_) {
      for (const auto& t : entry.preview) visit(t);
    }
  }
  // Debit - credit of the queued postings of `entity` on `account` dated in [from, to].
  [[nodiscard]] Money queued_balance(const std::string& entity, const std::string& account, Date from, Date to) const;

  std::vector<std::string> communes;                 // commune auxiliary codes (AT, 411000)
  std::vector<std::string> villages_davenir;         // communes labelled Villages d'Avenir
  std::vector<std::string> grand_est_communes;       // hosts of the Grand Est Guinguette tour
  std::vector<std::string> picardie_communes;        // hosts of the Picardie tour
  std::map<std::string, std::string> commune_names;  // code -> "Essoyes"

 private:
  struct Pending {
    Date date;
    std::vector<Transaction> preview;
    std::function<void()> post;  // empty: post the single preview entry
  };
  Book& book_;
  DemoStores& stores_;
  std::mt19937 random_{20250101U};
  std::vector<Pending> pending_;
};

// "2025-03" style piece suffix helpers.
[[nodiscard]] std::string two_digits(int n);
[[nodiscard]] std::string padded(int n, int width);
[[nodiscard]] Money euros(std::int64_t whole_euros);
[[nodiscard]] Money amount(const char* text);

// The themed builders, in the order build_demo_books calls them.
void add_demo_parties(DemoContext& demo);                             // demo_parties.cpp
void add_demo_year_2024(DemoContext& demo);                           // demo_year_2024.cpp (posts and closes 2024)
void add_demo_prestations(DemoContext& demo);                         // demo_prestations.cpp
void add_demo_guinguettes(DemoContext& demo);                         // demo_guinguettes.cpp
void add_demo_payroll(DemoContext& demo);                             // demo_payroll.cpp
void add_demo_overheads(DemoContext& demo);                           // demo_overheads.cpp
void add_demo_grants_and_aid(DemoContext& demo, GrantStore& grants);  // demo_grants.cpp
void add_demo_interco(DemoContext& demo);                             // demo_interco.cpp
void add_demo_vat_returns(DemoContext& demo);                         // demo_vat_returns.cpp (last: reads the queue)
void add_demo_bank_statements(DemoContext& demo, const std::string& dir);  // demo_bank.cpp (after post_all)

}  // namespace comptoir
