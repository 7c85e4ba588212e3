// comptoir letter / unletter: lettering (lettrage) of customer and supplier
// lines, by hand (posting ids as `ledger --lettering` shows them) or
// automatically; the rules are in core/lettering, the table in reports/.
#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "reports/lettering_reports.hpp"
#include "store/sqlite_lettering_store.hpp"

namespace comptoir::cli {
namespace {

struct LetterOptions {
  std::string entity;
  std::string account;
  std::string auxiliary;
  bool automatic = false;
  std::vector<std::int64_t> lines;
  std::string code;  // unletter
};

void run_letter(const Context& ctx, const LetterOptions& o) {
  if (o.automatic == !o.lines.empty()) {
    throw CLI::ValidationError("letter", "give either --auto (with --account) or the lines to letter together");
  }
  if (o.automatic && o.account.empty()) throw CLI::RequiredError("--account");
  if (!o.automatic && !o.auxiliary.empty()) throw CLI::ValidationError("letter", "--auxiliary goes with --auto");
  auto book = ctx.open_for_write();
  SqliteLetteringStore store(*book);
  auto scope = book->begin();
  std::vector<LetteringGroup> groups;
  if (o.automatic) {
    groups = letter_automatically(*book, store, o.entity, o.account, o.auxiliary);
  } else {
    groups.push_back(letter_postings(*book, store, o.entity, o.lines));
    if (!o.account.empty() && groups.front().account != o.account) {
      throw Error(ErrorKind::InvalidInput, "the lines are on " + groups.front().account + ", not " + o.account);
    }
  }
  scope->commit();
  write_lettering_groups(groups, o.automatic, "lettering.title", ctx.labels(), *ctx.table_writer());
}

void run_unletter(const Context& ctx, const LetterOptions& o) {
  auto book = ctx.open_for_write();
  SqliteLetteringStore store(*book);
  auto scope = book->begin();
  const LetteringGroup group = unletter_code(*book, store, o.entity, o.account, o.code);
  scope->commit();
  write_lettering_groups({group}, false, "lettering.removed_title", ctx.labels(), *ctx.table_writer());
}

}  // namespace

void register_letter(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<LetterOptions>();
  auto* cmd = app.add_subcommand(
      "letter",
      "Letter (lettrage) lines of a customer or supplier account that settle each other: LINE... by hand (the "
      "`line` numbers of `ledger --lettering`), or --auto: exact amounts one to one, then same piece reference, "
      "then small sets summing to zero; lettered lines must sum to zero and be in open years");
  cmd->add_option("--entity", o->entity, "Entity (AT, RES)")->required();
  cmd->add_option("--account", o->account, "Account, e.g. 411000 (required with --auto)");
  cmd->add_option("--auxiliary", o->auxiliary, "With --auto: only this auxiliary account");
  cmd->add_flag("--auto", o->automatic, "Letter automatically every open line of --account that matches");
  cmd->add_option("lines", o->lines, "Lines (posting ids) to letter together");
  cmd->callback([&ctx, o] { run_letter(ctx, *o); });

  auto u = std::make_shared<LetterOptions>();
  auto* un = app.add_subcommand("unletter", "Remove a lettering code from its lines (open years only)");
  un->add_option("--entity", u->entity, "Entity (AT, RES)")->required();
  un->add_option("--account", u->account, "Account of the code, when several accounts use it");
  un->add_option("code", u->code, "Lettering code, e.g. AB")->required();
  un->callback([&ctx, u] { run_unletter(ctx, *u); });
}

}  // namespace comptoir::cli
