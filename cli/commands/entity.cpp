// comptoir entity list|set: the associations keeping books in this file,
// their names and SIRENs (the SIREN names the FEC file).
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"

namespace comptoir::cli {
namespace {

struct EntityOptions {
  std::string entity;
  std::string name;
  std::string siren;
};

void list_entities(const Context& ctx) {
  auto store = ctx.open_for_read();
  const bool fr = ctx.language() == Language::French;
  auto out = ctx.table_writer();
  out->begin({fr ? "Entités" : "Entities",
              {{"entity", fr ? "Entité" : "Entity", 6},
               {"name", fr ? "Nom" : "Name", 30},
               {"siren", "SIREN", 9},
               {"vat", fr ? "TVA" : "VAT", 12}}});
  for (const auto& e : store->entities()) {
    const std::string vat = e.vat_liable ? (fr ? "assujettie" : "liable") : (fr ? "non assujettie" : "not liable");
    out->row({e.code, e.name, e.siren, vat});
  }
  out->end();
}

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
    list_entities(ctx);
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
