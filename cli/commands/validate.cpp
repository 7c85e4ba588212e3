// comptoir validate: validates drafts (numbering, hash chain, immutability).
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"

namespace comptoir::cli {
namespace {

struct ValidateOptions {
  std::vector<std::int64_t> ids;
  bool all = false;
  std::string entity;
  std::string validation_date;
};

void run_validate(const Context& ctx, const ValidateOptions& o) {
  if (o.ids.empty() && !o.all) throw CLI::ValidationError("validate", "give draft ids or --all");
  const Date validation_date = o.validation_date.empty() ? ctx.today() : Date::parse(o.validation_date);
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  auto scope = book.begin();
  std::vector<std::int64_t> ids = o.ids;
  if (o.all) {
    TransactionFilter filter;
    filter.entity = o.entity;
    filter.status = StatusFilter::Draft;
    store->for_each_transaction(filter, [&](const Transaction& t) { ids.push_back(t.id); });
  }
  for (auto id : ids) book.validate(id, validation_date);
  scope->commit();
  std::cout << "Validated " << ids.size() << " transaction(s)\n";
}

}  // namespace

void register_validate(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ValidateOptions>();
  auto* cmd = app.add_subcommand("validate", "Validate draft transactions (all or nothing)");
  cmd->add_option("ids", o->ids, "Draft transaction ids (see `comptoir journal --status draft`)");
  cmd->add_flag("--all", o->all, "Every draft (of --entity if given), in entry order");
  cmd->add_option("--entity", o->entity, "With --all: only this entity's drafts");
  cmd->add_option("--validation-date", o->validation_date, "Validation date (default: --today or the system date)");
  cmd->callback([&ctx, o] { run_validate(ctx, *o); });
}

}  // namespace comptoir::cli
