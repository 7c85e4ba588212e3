// The general ledger (grand livre), streamed: each account's postings with
// a running balance, its opening line when the listing starts after the
// fiscal year's first day, and a footer per account in text.
#include <tuple>

#include "reports/book_listings.hpp"
#include "reports/ledger_opening.hpp"

namespace comptoir {
namespace {

class LedgerWriter {
 public:
  LedgerWriter(TableWriter& out, const Labels& labels, std::vector<LedgerOpening> openings)
      : out_(out), t_(labels), openings_(std::move(openings)) {}

  void line(const LedgerLine& l) {
    if (l.entity != entity_ || l.posting.account != account_) {
      close_account();
      open_account(l.entity, l.posting.account);
    }
    debit_ += l.posting.debit;
    credit_ += l.posting.credit;
    out_.row({l.posting.account, l.date, transaction_reference(l.entity, l.fiscal_year, l.sequence), l.journal,
              l.piece_ref, l.posting.label.empty() ? l.transaction_label : l.posting.label, l.posting.debit,
              l.posting.credit, debit_ - credit_, l.entity, l.posting.auxiliary, l.posting_id,
              l.posting.lettering ? l.posting.lettering->code : std::string()});
  }

  // Ends the last account, then writes the accounts that have an opening
  // balance but no posting in the range.
  void finish() {
    close_account();
    while (next_ < openings_.size()) {
      open_account(openings_[next_].entity, openings_[next_].account);
      close_account();
    }
  }

 private:
  // Starts an account: first the accounts with only an opening that sort
  // before it, then its own opening line if it has one.
  void open_account(const std::string& entity, const std::string& account) {
    while (next_ < openings_.size() &&
           std::tie(openings_[next_].entity, openings_[next_].account) < std::tie(entity, account)) {
      entity_ = openings_[next_].entity;
      account_ = openings_[next_].account;
      opening_line(openings_[next_++]);
      close_account();
    }
    entity_ = entity;
    account_ = account;
    if (next_ < openings_.size() && openings_[next_].entity == entity && openings_[next_].account == account) {
      opening_line(openings_[next_++]);
    }
  }

  // The opening line: no number and no journal (its marker in CSV/JSON).
  // Its label is a Code: "Solde au 2025-09-30" for machines, "Solde
  // antérieur" beside the date for people.
  void opening_line(const LedgerOpening& o) {
    debit_ = o.debit;
    credit_ = o.credit;
    const Code label{t_("ledger.balance_at", {{"date", o.date.iso()}}), std::string(t_("ledger.opening_balance"))};
    out_.row({o.account, o.date, {}, {}, {}, label, o.debit, o.credit, o.balance(), o.entity, {}, {}, {}});
  }

  void close_account() {
    if (account_.empty()) return;
    out_.footer({std::string(t_("common.total")), {}, {}, {}, {}, account_, debit_, credit_, debit_ - credit_});
    debit_ = credit_ = Money{};
    entity_.clear();
    account_.clear();
  }

  TableWriter& out_;
  const Labels& t_;
  std::vector<LedgerOpening> openings_;
  std::size_t next_ = 0;  // first opening not written yet
  std::string entity_;
  std::string account_;
  Money debit_, credit_;
};

}  // namespace

void write_general_ledger(const BookReader& book, const TransactionFilter& filter, const Labels& t, TableWriter& out,
                          bool lettering) {
  check_filter(book, filter);
  std::string title(t("ledger.title"));
  if (!filter.account_prefix.empty()) title += " " + filter.account_prefix;
  out.begin({title,
             {{"account", std::string(t("col.account")), 6},
              {"date", std::string(t("col.date")), 10},
              {"number", std::string(t("col.number")), 0},
              {"journal", std::string(t("col.journal_short")), lettering ? 0 : 3},
              {"piece", std::string(t("col.piece")), 0},
              {"label", std::string(t("col.label")), 16, Align::Left, 10},
              {"debit", std::string(t("col.debit")), 12, Align::Right},
              {"credit", std::string(t("col.credit")), 12, Align::Right},
              {"balance", std::string(t("col.balance")), 13, Align::Right},
              {"entity", std::string(t("col.entity")), 0},
              {"auxiliary", std::string(t("col.auxiliary")), 0},
              {"line", std::string(t("col.line")), lettering ? 6 : 0, Align::Right},
              {"letter", std::string(t("col.letter")), lettering ? 4 : 0}}});
  LedgerWriter writer(out, t, LedgerOpening::of(book, filter));
  book.for_each_ledger_line(filter, [&](const LedgerLine& l) { writer.line(l); });
  writer.finish();
  out.end();
}

}  // namespace comptoir
