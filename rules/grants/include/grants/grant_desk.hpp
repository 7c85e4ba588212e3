// The grant workflow over a book and a grant store: agreements recorded,
// tranches called and received as validated entries linked to their
// agreement, states as of a date, and the dedicated-funds proposal. The
// CLI and the demo books both go through it. Callers open the write scope
// (Book::begin) and commit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/book.hpp"
#include "grants/grant.hpp"
#include "grants/grant_budget.hpp"
#include "grants/grant_funds.hpp"
#include "grants/grant_store.hpp"

namespace comptoir {

// How a tranche entry is written; empty fields take the defaults.
struct GrantEntryOptions {
  std::string journal;                  // OD for calls, BQ for receipts
  std::string piece;                    // <code>-A<n> for calls, <code>-V<n> for receipts
  std::string label;                    // "Appel de fonds <code>", "Versement <code>"
  std::string bank_account = "512000";  // receipts only
};

class GrantDesk {
 public:
  GrantDesk(GrantStore& store, Book& book) : store_(store), book_(book) {}

  // Records an agreement. Throws Error(InvalidInput) for a malformed one
  // (check_grant), an account outside the entity's chart or a duplicate
  // code; Error(NotFound) for an unknown entity or funder auxiliary.
  void add_grant(Grant grant);

  // Calls a tranche: posts Dr receivable (funder) / Cr income account, both
  // tagged grant=<code>, validated on `validation_date`, and records it.
  // Throws Error(NotFound) for an unknown agreement, Error(InvalidInput) for
  // a non-positive amount or if the calls would exceed the award,
  // Error(Locked) for a date in a closed year. Returns the tranche.
  GrantTranche call(const std::string& code, Date date, Money amount, Date validation_date,
                    const GrantEntryOptions& options = {});
  // Receives a tranche: posts Dr bank / Cr receivable (funder). Throws as
  // call(), and Error(InvalidInput) if receipts would exceed the calls.
  GrantTranche receive(const std::string& code, Date date, Money amount, Date validation_date,
                       const GrantEntryOptions& options = {});

  // The state of an agreement on `as_of` (Error(NotFound) if unknown).
  [[nodiscard]] GrantState state(const std::string& code, Date as_of) const;
  [[nodiscard]] GrantState state(const Grant& grant, Date as_of) const;

  // The dedicated-funds proposal of `entity` for the fiscal year `year` (the
  // one that ends in `year`): every earmarked agreement rolled forward from
  // its first year (start of its period or first call) to `year`, by the
  // dates of the entity's fiscal years.
  [[nodiscard]] GrantFundsProposal funds_proposal(const std::string& entity, int year) const;

  // Records the budget of the agreement budget.grant. Throws
  // Error(NotFound) for an unknown agreement, Error(InvalidInput) when it
  // has a budget already and `replace` is false.
  void set_budget(const GrantBudget& budget, bool replace);

  // The compte rendu financier of the agreement `code`: its budget beside
  // the validated postings tagged with its spending tag over its period,
  // or over the part of its period in the entity's fiscal year `year`.
  // Throws Error(NotFound) for an unknown agreement, Error(InvalidInput)
  // when it has no budget, for a year the entity lacks or one its period
  // does not meet.
  [[nodiscard]] GrantFinancialReport financial_report(const std::string& code, std::optional<int> year) const;

 private:
  [[nodiscard]] Grant require(const std::string& code) const;
  // An earmarked agreement's roll-forward up to `year` (empty before it starts).
  [[nodiscard]] std::vector<GrantFundsRow> funds_rows(const Grant& grant, int year) const;
  GrantTranche record(const Grant& grant, Transaction entry, GrantTrancheKind kind, Money amount, Date validation_date);

  GrantStore& store_;
  Book& book_;
};

}  // namespace comptoir
