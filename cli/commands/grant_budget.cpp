// comptoir grant budget CODE --file budget.csv: records the budget of an
// agreement's action (budget prévisionnel, CERFA n° 15059) by nature, all
// or nothing, in place of an earlier one only with --replace. The file is
// read and checked before the book is opened; `report grant-report CODE`
// sets it beside the books.
#include "grants/grant_budget.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "core/error.hpp"
#include "grant_options.hpp"

namespace comptoir::cli {
namespace {

std::string read_budget_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::NotFound, "cannot open the budget file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void record_budget(const Context& ctx, const GrantOptions& o) {
  GrantBudget budget = parse_grant_budget(read_budget_file(o.file), o.file, BudgetNatures::standard());
  budget.grant = o.code;
  if (!o.comment.empty()) budget.comment = o.comment;
  auto store = ctx.open_for_write();
  SqliteGrantStore grants(*store);
  Book book(*store, *store);
  GrantDesk desk(grants, book);
  auto scope = book.begin();
  desk.set_budget(budget, o.replace);
  scope->commit();
  std::cout << "Recorded the budget of grant " << o.code << ": " << budget.lines.size() << " line(s), indirect rate "
            << percent_text(budget.indirect_rate) << " %\n";
}

}  // namespace

void register_grant_budget(CLI::App& grant, Context& ctx, const std::shared_ptr<GrantOptions>& o) {
  auto* cmd = grant.add_subcommand("budget",
                                   "Record the budget of an agreement's action by nature (CERFA 15059): a CSV of "
                                   "line,amount[,detail] rows, indirect_rate and comment; all or nothing");
  cmd->add_option("code", o->code, "Grant code")->required();
  cmd->add_option("--file", o->file, "The budget file (CSV: line,amount,detail)")->required();
  cmd->add_flag("--replace", o->replace, "Replace the agreement's budget if it has one");
  cmd->add_option("--comment", o->comment, "Comments of the report (instead of the file's comment row)");
  cmd->callback([&ctx, o] { record_budget(ctx, *o); });
}

}  // namespace comptoir::cli
