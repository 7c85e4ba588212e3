// The checks a closing runs before it posts anything. Blocking problems are
// what an accountant never closes with (drafts, a broken chain, suspense
// accounts not cleared, an earlier year still open); warnings are what
// may have a reason (a VAT return filed later, a pair the other book has not
// booked yet, a cash account in credit) and need to be accepted.
#include "closing_checks.hpp"

#include <algorithm>
#include <map>

#include "core/error.hpp"
#include "core/hash_chain.hpp"
#include "interco/interco_pair.hpp"
#include "vat/vat_return.hpp"

namespace comptoir {
namespace {

TransactionFilter year_filter(const std::string& entity, const FiscalYear& year) {
  TransactionFilter f;
  f.entity = entity;
  f.fiscal_year = year.year;
  return f;
}

bool starts_with(const std::string& s, std::string_view prefix) {
  return s.rfind(prefix, 0) == 0;
}

// The references of the validated entries of the year that move `account`.
std::vector<std::string> entries_on(const BookReader& reader, const std::string& entity, const FiscalYear& year,
                                    const std::string& account) {
  TransactionFilter f;
  f.entity = entity;
  f.from = year.start;
  f.to = year.end;
  f.account_prefix = account;
  std::vector<std::string> refs;
  reader.for_each_ledger_line(f, [&](const LedgerLine& l) {
    const std::string ref = transaction_reference(l.entity, l.fiscal_year, l.sequence);
    if (refs.empty() || refs.back() != ref) refs.push_back(ref);
  });
  return refs;
}

void check_earlier_years(const BookReader& reader, const std::string& entity, const FiscalYear& year,
                         std::vector<ClosingProblem>& out) {
  for (const auto& y : reader.fiscal_years(entity)) {
    if (y.end < year.start && y.is_open()) {
      out.push_back({"earlier-year-open", ClosingSeverity::Blocking, std::to_string(y.year), {}, {}});
    }
  }
}

void check_drafts(const BookReader& reader, const std::string& entity, const FiscalYear& year,
                  std::vector<ClosingProblem>& out) {
  TransactionFilter f;
  f.entity = entity;
  f.from = year.start;
  f.to = year.end;
  f.status = StatusFilter::Draft;
  ClosingProblem p{"drafts", ClosingSeverity::Blocking, {}, {}, {}};
  reader.for_each_transaction(f, [&](const Transaction& t) { p.entries.push_back(t.reference() + " " + t.label); });
  if (!p.entries.empty()) {
    p.subject = std::to_string(p.entries.size());
    out.push_back(std::move(p));
  }
}

void check_integrity(const BookReader& reader, const std::string& entity, const StoreIntegrityCheck& store_check,
                     std::vector<ClosingProblem>& out) {
  ClosingProblem p{"integrity", ClosingSeverity::Blocking, entity, {}, {}};
  const VerificationReport report = verify_book(reader);
  for (const auto& e : report.entities) {
    if (e.entity == entity) p.entries.insert(p.entries.end(), e.problems.begin(), e.problems.end());
  }
  if (store_check) {
    const std::vector<std::string> store = store_check();
    p.entries.insert(p.entries.end(), store.begin(), store.end());
  }
  if (!p.entries.empty()) out.push_back(std::move(p));
}

// Accounts that must be at zero (47x suspense, 58x internal transfers), the
// cash accounts (53x) that cannot be in credit, and class 8 (contributions
// in kind), whose two sides must cancel out for the opening entry to
// balance. `extra` are the year-end entries the close will post.
void check_balances(const BookReader& reader, const std::string& entity, const FiscalYear& year,
                    std::vector<ClosingProblem>& out) {
  Money class8;
  for (const auto& row : reader.trial_balance(year_filter(entity, year))) {
    const Money balance = row.balance();
    if (balance.is_zero()) continue;
    if (starts_with(row.account, "47") || starts_with(row.account, "58")) {
      out.push_back(
          {"suspense", ClosingSeverity::Blocking, row.account, balance, entries_on(reader, entity, year, row.account)});
    } else if (starts_with(row.account, "53") && balance.is_negative()) {
      out.push_back({"cash-in-credit", ClosingSeverity::Warning, row.account, balance,
                     entries_on(reader, entity, year, row.account)});
    } else if (starts_with(row.account, "8")) {
      class8 += balance;
    }
  }
  if (!class8.is_zero()) out.push_back({"class-8", ClosingSeverity::Blocking, "8", class8, {}});
}

// Every month of the year with VAT collected or deductible (4456x, 4457x,
// settlements aside) must be covered by a settlement (CA3-<period>), whenever
// it was posted: a monthly or a quarterly return covers it.
void check_vat(const BookReader& reader, const std::string& entity, const FiscalYear& year,
               std::vector<ClosingProblem>& out) {
  const auto e = reader.entity(entity);
  if (!e || !e->vat_liable) return;
  std::map<int, std::vector<std::string>> months;  // year_month -> entries
  TransactionFilter f;
  f.entity = entity;
  f.from = year.start;
  f.to = year.end;
  f.account_prefix = "445";
  reader.for_each_ledger_line(f, [&](const LedgerLine& l) {
    if (starts_with(l.piece_ref, "CA3-")) return;
    if (!starts_with(l.posting.account, "4456") && !starts_with(l.posting.account, "4457")) return;
    auto& refs = months[l.date.year_month()];
    const std::string ref = transaction_reference(l.entity, l.fiscal_year, l.sequence);
    if (refs.empty() || refs.back() != ref) refs.push_back(ref);
  });
  const std::vector<VatSettled> settled = vat_settlements_from(reader, entity, year.start);
  for (const auto& [ym, refs] : months) {
    const VatPeriod month = VatPeriod::month(ym / 100, ym % 100);
    if (std::any_of(settled.begin(), settled.end(), [&](const VatSettled& s) { return s.period.overlaps(month); })) {
      continue;
    }
    out.push_back({"vat-unsettled", ClosingSeverity::Warning, month.code(), {}, refs});
  }
}

void check_interco(const BookReader& reader, const std::string& entity, const FiscalYear& year,
                   std::vector<ClosingProblem>& out) {
  TransactionFilter f;
  f.from = year.start;
  f.to = year.end;
  for (const auto& pair : interco_pairs(reader, f)) {
    if (pair.matches()) continue;
    bool ours = false;
    std::vector<std::string> refs;
    for (const auto& side : pair.sides) {
      ours = ours || side.entity == entity;
      refs.insert(refs.end(), side.references.begin(), side.references.end());
    }
    if (ours) out.push_back({"interco", ClosingSeverity::Warning, pair.id, {}, refs});
  }
}

}  // namespace

std::vector<ClosingProblem> closing_checks(const BookReader& reader, const std::string& entity, const FiscalYear& year,
                                           const StoreIntegrityCheck& store_check) {
  std::vector<ClosingProblem> problems;
  check_earlier_years(reader, entity, year, problems);
  check_drafts(reader, entity, year, problems);
  check_integrity(reader, entity, store_check, problems);
  check_balances(reader, entity, year, problems);
  check_vat(reader, entity, year, problems);
  check_interco(reader, entity, year, problems);
  return problems;
}

std::vector<std::string> dedicated_funds_entries(const BookReader& reader, const std::string& entity,
                                                 const FiscalYear& year) {
  std::vector<std::string> refs;
  for (const char* prefix : {"689", "789"}) {
    for (auto& ref : entries_on(reader, entity, year, prefix)) refs.push_back(std::move(ref));
  }
  return refs;
}

}  // namespace comptoir
