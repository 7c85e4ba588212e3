// The allocation of a closed year's result (affectation du résultat), voted
// by the general assembly: one entry of an open year that clears 120/129.
#include <algorithm>

#include "closing/year_closing.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

std::string allocation_piece(int year) {
  return "AFFECTATION-" + std::to_string(year);
}

bool already_allocated(const BookReader& reader, const std::string& entity, int year) {
  TransactionFilter f;
  f.entity = entity;
  f.account_prefix = "12";
  bool found = false;
  const std::string piece = allocation_piece(year);
  reader.for_each_transaction(f, [&](const Transaction& t) { found = found || t.piece_ref == piece; });
  return found;
}

}  // namespace

Money closed_year_result(const BookReader& reader, const std::string& entity, int year) {
  TransactionFilter f;
  f.entity = entity;
  f.fiscal_year = year;
  Money balance;
  for (const auto& row : reader.trial_balance(f)) {
    if (!row.account.empty() && (row.account[0] == '6' || row.account[0] == '7')) balance += row.balance();
  }
  return -balance;
}

std::int64_t allocate_result(Book& book, const std::string& entity, int year, Date date,
                             const std::vector<ResultPart>& parts, Date validation_date) {
  const BookReader& reader = book.reader();
  const auto years = reader.fiscal_years(entity);
  const auto it = std::find_if(years.begin(), years.end(), [&](const FiscalYear& y) { return y.year == year; });
  const std::string what = "the result of " + entity + " " + std::to_string(year);
  if (it == years.end()) throw Error(ErrorKind::NotFound, "no fiscal year " + std::to_string(year) + " in " + entity);
  if (it->is_open()) throw Error(ErrorKind::InvalidInput, what + " is allocated after its close: close the year first");
  if (date <= it->end) {
    throw Error(ErrorKind::InvalidInput,
                "the allocation date " + date.iso() + " must come after the year's end " + it->end.iso());
  }
  if (already_allocated(reader, entity, year)) {
    throw Error(ErrorKind::Locked, what + " is already allocated (entry " + allocation_piece(year) + ")");
  }
  const Money result = closed_year_result(reader, entity, year);
  if (result.is_zero()) throw Error(ErrorKind::InvalidInput, what + " is zero: there is nothing to allocate");
  const Money magnitude = result.is_negative() ? -result : result;
  Money sum;
  std::vector<Posting> lines;
  lines.push_back(result.is_negative() ? Posting::crediting("129000", magnitude)
                                       : Posting::debiting("120000", magnitude));
  for (const auto& part : parts) {
    if (part.account.empty() || part.account[0] != '1' || part.account.rfind("12", 0) == 0) {
      throw Error(ErrorKind::InvalidInput, "--to " + part.account +
                                               ": a result goes to an account of class 1 other than 12x "
                                               "(110000 report à nouveau, 106800 réserves pour projet…)");
    }
    if (part.amount.is_negative() || part.amount.is_zero()) {
      throw Error(ErrorKind::InvalidInput, "--to " + part.account + ": the amount must be positive");
    }
    sum += part.amount;
    lines.push_back(result.is_negative() ? Posting::debiting(part.account, part.amount)
                                         : Posting::crediting(part.account, part.amount));
  }
  if (sum != magnitude) {
    throw Error(ErrorKind::InvalidInput, "the parts sum to " + sum.to_string() + " but " + what + " is " +
                                             result.to_string() + ": they must sum to " + magnitude.to_string());
  }
  return book.post(Transaction::draft(entity, "OD", date, allocation_piece(year),
                                      "Affectation du résultat " + std::to_string(year), std::move(lines)),
                   true, validation_date);
}

}  // namespace comptoir
