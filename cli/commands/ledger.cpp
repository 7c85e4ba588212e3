// comptoir ledger: the general ledger (grand livre) of an account or prefix,
// with a running balance per account. Streams: fine for busy accounts.
#include <iostream>

#include "commands.hpp"
#include "filter_options.hpp"

namespace comptoir::cli {
namespace {

class LedgerPrinter {
 public:
  LedgerPrinter(TableWriter& out, bool text) : out_(out), text_(text) {}

  void line(const LedgerLine& l) {
    const std::string key = l.entity + " " + l.posting.account;
    if (key != current_) {
      close_account();
      current_ = key;
      account_ = l.posting.account;
    }
    debit_ += l.posting.debit;
    credit_ += l.posting.credit;
    const std::string number = transaction_reference(l.entity, l.fiscal_year, l.sequence);
    out_.row({l.posting.account, l.date.iso(), number, l.journal, l.piece_ref,
              l.posting.label.empty() ? l.transaction_label : l.posting.label, l.posting.debit, l.posting.credit,
              debit_ - credit_, l.entity, l.posting.auxiliary});
  }

  void close_account() {
    if (current_.empty()) return;
    if (text_) {
      out_.total({std::string("Total"), std::string(), std::string(), std::string(), std::string(), account_, debit_,
                  credit_, debit_ - credit_});
    }
    debit_ = credit_ = Money{};
    current_.clear();
  }

 private:
  TableWriter& out_;
  bool text_;
  std::string current_;
  std::string account_;
  Money debit_, credit_;
};

void run_ledger(const Context& ctx, const FilterOptions& o) {
  auto store = ctx.open_for_read();
  const bool fr = ctx.language() == Language::French;
  auto out = make_table_writer(ctx.format(), std::cout, ctx.language());
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
  LedgerPrinter printer(*out, ctx.format() == OutputFormat::Text);
  store->for_each_ledger_line(o.filter(StatusFilter::Validated), [&](const LedgerLine& l) { printer.line(l); });
  printer.close_account();
  out->end();
}

}  // namespace

void register_ledger(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<FilterOptions>();
  auto* cmd = app.add_subcommand("ledger", "General ledger of validated entries: --account 512 (prefix) recommended");
  o->add_to(cmd, true);
  cmd->callback([&ctx, o] { run_ledger(ctx, *o); });
}

}  // namespace comptoir::cli
