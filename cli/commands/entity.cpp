// comptoir entity list|set: the associations keeping books in this file,
// their names and SIRENs (the SIREN names the FEC file). The list is built
// in reports/chart_listings.
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "reports/chart_listings.hpp"

namespace comptoir::cli {
namespace {

struct EntityOptions {
  std::string entity;
  std::string name;
  std::string siren;
};

void set_entity(const Context& ctx, const EntityOptions& o) {
  if (o.name.empty() && o.siren.empty()) throw CLI::ValidationError("entity set", "give --name and/or --siren");
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  auto scope = book.begin();
  book.set_entity_identity(o.entity, o.name, o.siren);
  scope->commit();
  const auto changed = store->entity(o.entity);
  std::cout << changed->code << ": " << changed->name << " (SIREN " << changed->siren << ")\n";
}

}  // namespace

void register_entity(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<EntityOptions>();
  auto* cmd = app.add_subcommand("entity", "The associations of the book: list, set name and SIREN");
  cmd->require_subcommand(1);
  cmd->add_subcommand("list", "List the entities with their name, SIREN and VAT status")->callback([&ctx] {
    write_entities(*ctx.open_for_read(), ctx.labels(), *ctx.table_writer());
  });
  auto* set = cmd->add_subcommand(
      "set",
      "Set an entity's name and/or SIREN (9 digits with a valid control key; it names the FEC file).\n"
      "Example: comptoir entity set --entity AT --siren 732829320");
  set->add_option("--entity", o->entity, "AT or RES")->required();
  set->add_option("--name", o->name, "New name");
  set->add_option("--siren", o->siren, "New SIREN");
  set->callback([&ctx, o] { set_entity(ctx, *o); });
}

}  // namespace comptoir::cli
