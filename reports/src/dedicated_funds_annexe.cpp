// The dedicated-funds table of the annexe (annexes.hpp): the grants'
// roll-forward of the year per category and agreement, and the fund
// accounts' balances in the books beside it.
#include <map>

#include "reports/annexes.hpp"
#include "statement_support.hpp"

namespace comptoir {
namespace {

void add(DedicatedFundsLine& to, const DedicatedFundsLine& line) {
  to.opening += line.opening;
  to.allocated += line.allocated;
  to.released += line.released;
  to.closing += line.closing;
}

}  // namespace

DedicatedFundsAnnexe dedicated_funds_annexe(const BookReader& book, const GrantFundsProposal& proposal) {
  DedicatedFundsAnnexe a;
  a.years = statement_years(book, proposal.entity, proposal.year);
  std::map<std::string, std::vector<DedicatedFundsLine>> categories;
  for (const auto& r : proposal.rows) {
    categories[r.fund_account].push_back({r.fund_account, r.grant, r.opening, r.allocated, r.released, r.closing});
  }
  std::map<std::string, Money> books;  // fund account -> credit balance at the year's end
  for (const auto& r : statements::year_balances(book, proposal.entity, proposal.year)) {
    if (r.account.starts_with("19")) books[r.account] -= r.balance();
  }
  for (auto& [account, lines] : categories) {
    DedicatedFundsLine total{account, "", {}, {}, {}, {}};
    for (auto& line : lines) {
      add(total, line);
      a.lines.push_back(std::move(line));
    }
    a.lines.push_back(total);
    add(a.total, total);
    const Money in_books = books[account];
    if (in_books != total.closing) {
      a.notes.push_back({"df.note.books_differ",
                         {{"account", account}},
                         total.closing - in_books,
                         {{"register", total.closing}, {"books", in_books}}});
    }
  }
  for (const auto& [account, balance] : books) {
    if (categories.contains(account) || balance.is_zero()) continue;
    a.notes.push_back(
        {"df.note.books_differ", {{"account", account}}, -balance, {{"register", Money{}}, {"books", balance}}});
  }
  return a;
}

}  // namespace comptoir
