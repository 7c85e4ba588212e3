// The VAT settlement entry and the guard against settling a period twice.
#include <set>

#include "core/error.hpp"
#include "vat/vat_return.hpp"

namespace comptoir {
namespace {

std::optional<VatPeriod> period_of_piece(const std::string& piece) {
  if (piece.rfind("CA3-", 0) != 0) return std::nullopt;
  try {
    return VatPeriod::parse(std::string_view(piece).substr(4));
  } catch (const Error&) {
    return std::nullopt;
  }
}

}  // namespace

std::string vat_settlement_piece(const VatPeriod& period) {
  return "CA3-" + period.code();
}

Transaction vat_settlement_entry(const VatStatement& statement, Date date) {
  const std::string piece = vat_settlement_piece(statement.period);
  Transaction t = Transaction::draft(statement.entity, "OD", date, piece, "Déclaration de TVA " + piece);
  Money payable;  // collected - deductible, before the credit brought forward
  for (const auto& m : statement.movements) {
    t.postings.push_back(Posting::with_balance(m.account, -m.amount));  // zero the account
    payable -= m.amount;
  }
  // The new credit replaces the one brought forward: post only the change.
  const Money credit_change = statement.credit() - statement.credit_brought_forward;
  if (!credit_change.is_zero()) t.postings.push_back(Posting::with_balance(vat_credit_account, credit_change));
  if (!statement.net_due().is_zero()) {
    t.postings.push_back(Posting::with_balance(vat_payable_account, -statement.net_due()));
  }
  if (t.postings.empty()) {
    throw Error(ErrorKind::InvalidInput, "no VAT to settle for " + statement.entity + " in " + statement.period.code());
  }
  if (payable - statement.credit_brought_forward != statement.net_due() - statement.credit()) {
    throw Error(ErrorKind::Internal, "VAT settlement does not balance for " + statement.period.code());
  }
  return t;
}

std::vector<VatSettled> vat_settlements_from(const BookReader& reader, const std::string& entity, Date from) {
  // Every settlement moves VAT payable (4455x) or the credit (44567x): two
  // narrow index ranges instead of every entry that touches 445.
  std::vector<VatSettled> out;
  std::set<std::int64_t> seen;
  for (const char* prefix : {"4455", "44567"}) {
    TransactionFilter filter;
    filter.entity = entity;
    filter.from = from;
    filter.account_prefix = prefix;
    reader.for_each_transaction(filter, [&](const Transaction& t) {
      if (t.journal == "AN" || !is_vat_settlement(t) || !seen.insert(t.id).second) return;
      const auto period =
          period_of_piece(t.piece_ref).value_or(VatPeriod::month(t.date.year(), static_cast<int>(t.date.month())));
      out.push_back({period, t.reference() + " (piece " + t.piece_ref + ")"});
    });
  }
  return out;
}

std::optional<std::string> find_vat_settlement(const BookReader& reader, const std::string& entity,
                                               const VatPeriod& period) {
  // A settlement is dated at or after its period's end.
  for (const auto& s : vat_settlements_from(reader, entity, period.first_day())) {
    if (s.period.overlaps(period)) return s.reference;
  }
  return std::nullopt;
}

VatSettlement settle_vat_period(Book& book, const std::string& entity, const VatPeriod& period,
                                const std::vector<VatRate>& rates, Date date, Date validation_date) {
  if (date < period.last_day()) {
    throw Error(ErrorKind::InvalidInput, "the settlement of " + period.code() + " cannot be dated " + date.iso() +
                                             ", before the period ends (" + period.last_day().iso() + ")");
  }
  const FiscalYear* fy = book.fiscal_year_of(entity, date);
  if (fy != nullptr && !fy->is_open()) {
    throw Error(ErrorKind::Locked, "fiscal year " + std::to_string(fy->year) + " of " + entity +
                                       " is closed: the VAT of " + period.code() + " cannot be settled in it");
  }
  if (auto existing = find_vat_settlement(book.reader(), entity, period)) {
    throw Error(ErrorKind::Locked, "the VAT of " + entity + " for " + period.code() + " is already settled by " +
                                       *existing + "; post a correction on the next return");
  }
  VatSettlement result;
  result.statement = compute_vat_statement(book.reader(), entity, period, rates);
  result.transaction_id = book.post(vat_settlement_entry(result.statement, date), true, validation_date);
  return result;
}

}  // namespace comptoir
