// comptoir ledger: the general ledger (grand livre) of an account or prefix,
// with a running balance per account. Streams: fine for busy accounts.
// With --from after the start of the fiscal year, each account begins with
// its balance at the day before ("Solde au ..."), summed by the store.
#include <iostream>
#include <tuple>

#include "commands.hpp"
#include "filter_options.hpp"
#include "core/ledger_opening.hpp"

namespace comptoir::cli {
namespace {

class LedgerPrinter {
 public:
  LedgerPrinter(TableWriter& out, bool text, bool french, std::vector<LedgerOpening> openings)
      : out_(out), text_(text), french_(french), openings_(std::move(openings)) {}

  void line(const LedgerLine& l) {
    if (l.entity != entity_ || l.posting.account != account_) {
      close_account();
      open_account(l.entity, l.posting.account);
    }
    debit_ += l.posting.debit;
    credit_ += l.posting.credit;
    const std::string number = transaction_reference(l.entity, l.fiscal_year, l.sequence);
    out_.row({l.posting.account, l.date.iso(), number, l.journal, l.piece_ref,
              l.posting.label.empty() ? l.transaction_label : l.posting.label, l.posting.debit, l.posting.credit,
              debit_ - credit_, l.entity, l.posting.auxiliary});
  }

  // Ends the last account, then prints the accounts that have an opening
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
    while (next_ < openings_.size() && std::tie(openings_[next_].entity, openings_[next_].account) <
                                           std::tie(entity, account)) {
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
  // Text shows the date beside a label that fits its 16 columns.
  void opening_line(const LedgerOpening& o) {
    debit_ = o.debit;
    credit_ = o.credit;
    const std::string label = text_ ? (french_ ? "Solde antérieur" : "Opening balance")
                                    : (french_ ? "Solde au " : "Balance at ") + o.date.iso();
    out_.row({o.account, o.date.iso(), std::string(), std::string(), std::string(), label, o.debit, o.credit,
              o.balance(), o.entity, std::string()});
  }

  void close_account() {
    if (account_.empty()) return;
    if (text_) {
      out_.total({std::string("Total"), std::string(), std::string(), std::string(), std::string(), account_, debit_,
                  credit_, debit_ - credit_});
    }
    debit_ = credit_ = Money{};
    entity_.clear();
    account_.clear();
  }

  TableWriter& out_;
  bool text_;
  bool french_;
  std::vector<LedgerOpening> openings_;
  std::size_t next_ = 0;  // first opening not printed yet
  std::string entity_;
  std::string account_;
  Money debit_, credit_;
};

void run_ledger(const Context& ctx, const FilterOptions& o) {
  auto store = ctx.open_for_read();
  const bool fr = ctx.language() == Language::French;
  const TransactionFilter filter = o.filter(StatusFilter::Validated);
  auto out = ctx.table_writer();
  std::string title = fr ? "Grand livre" : "General ledger";
  if (!o.account.empty()) title += " " + o.account;
  out->begin({title,
              {{"account", fr ? "Compte" : "Account", 6},
               {"date", "Date", 10},
               {"number", fr ? "N°" : "Number", 0},
               {"journal", "Jnl", 3},
               {"piece", fr ? "Pièce" : "Piece", 0},
               {"label", fr ? "Libellé" : "Label", 16},
               {"debit", fr ? "Débit" : "Debit", 12, Align::Right},
               {"credit", fr ? "Crédit" : "Credit", 12, Align::Right},
               {"balance", fr ? "Solde" : "Balance", 13, Align::Right},
               {"entity", fr ? "Entité" : "Entity", 0},
               {"auxiliary", fr ? "Aux." : "Aux.", 0}}});
  LedgerPrinter printer(*out, ctx.format() == OutputFormat::Text, fr, LedgerOpening::of(*store, filter));
  store->for_each_ledger_line(filter, [&](const LedgerLine& l) { printer.line(l); });
  printer.finish();
  out->end();
}

}  // namespace

void register_ledger(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<FilterOptions>();
  auto* cmd = app.add_subcommand(
      "ledger", "General ledger of validated entries: --account 512 (prefix) recommended; with --from after the "
                "year's start, each account opens with its balance at the day before");
  o->add_to(cmd, true);
  cmd->callback([&ctx, o] { run_ledger(ctx, *o); });
}

}  // namespace comptoir::cli
