// Lettering as report tables: the groups a `letter` or `unletter` wrote,
// and the aged balance (balance âgée) of customers or suppliers: their open
// (unlettered) items at a date, by auxiliary account and age.
#pragma once

#include <string>
#include <vector>

#include "core/book_reader.hpp"
#include "core/lettering.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// One row per line of each group, groups in order. CSV contract: code,line,
// account,auxiliary,date,number,piece,label,debit,credit,rule (amount,
// reference, sum; empty by hand). `title_id` is the label of the title
// (lettering.title, lettering.removed_title).
void write_lettering_groups(const std::vector<LetteringGroup>& groups, bool automatic, const std::string& title_id,
                            const Labels& labels, TableWriter& out);

enum class AgedSide { Customers, Suppliers };
// "customers" or "suppliers"; Error(InvalidInput) otherwise.
[[nodiscard]] AgedSide parse_aged_side(const std::string& text);

// The accounts a side covers: 411 (customers) and 401 (suppliers), the
// collective accounts of the PCG that hold auxiliary accounts.
[[nodiscard]] std::string aged_side_prefix(AgedSide side);

// The open items of one auxiliary account (or of an account, for lines
// without one) by age on the day asked: not yet due, 0–30, 31–60, 61–90,
// over 90 days past due. Amounts are what is owed: debit − credit for
// customers, credit − debit for suppliers.
struct AgedBalanceRow {
  std::string account;
  std::string auxiliary;  // empty for lines without one
  std::string label;
  Money not_due;
  Money days_0_30;
  Money days_31_60;
  Money days_61_90;
  Money over_90;
  std::size_t items = 0;
  [[nodiscard]] Money total() const { return not_due + days_0_30 + days_31_60 + days_61_90 + over_90; }
};

struct AgedBalance {
  std::string entity;
  AgedSide side = AgedSide::Customers;
  Date date;
  std::vector<AgedBalanceRow> rows;  // by account, then auxiliary
  AgedBalanceRow total;
};

// The validated postings of `entity` on the side's accounts dated up to
// `date`, from the book's last carried-forward close (the ledger's range:
// the à-nouveaux carry the earlier years), that are open on `date`: not
// lettered, or lettered after it. An item is due on its entry's date (no
// due date is recorded). Its total equals the side's balance on `date`
// (with the sign of what is owed) as long as lettered lines sum to zero.
// Throws Error(NotFound) for an unknown entity.
[[nodiscard]] AgedBalance aged_balance(const BookReader& book, const std::string& entity, AgedSide side, Date date);

// The aged balance as a table, then its total row. CSV contract: account,
// auxiliary,label,items,not_due,days_0_30,days_31_60,days_61_90,over_90,total.
void write_aged_balance(const AgedBalance& balance, const Labels& labels, TableWriter& out);

}  // namespace comptoir
