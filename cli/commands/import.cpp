// comptoir import fec: loads a FEC file (A47 A-1) into an entity's books,
// all or nothing.
#include <iostream>

#include "commands.hpp"
#include "ledger/book.hpp"
#include "ledger/fec_import.hpp"
#include "progress_bar.hpp"

namespace comptoir::cli {
namespace {

struct ImportOptions {
  std::string file;
  std::string entity;
  std::string validation_date;
};

void run_import_fec(const Context& ctx, const ImportOptions& o) {
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  auto scope = store->begin_import();
  ProgressBar progress("Importing " + o.file);
  FecImportOptions options;
  options.validation_date = o.validation_date.empty() ? ctx.today() : Date::parse(o.validation_date);
  options.progress = [&](std::size_t done, std::size_t total) { progress.update(done, total); };
  const FecImportResult result = import_fec(o.file, o.entity, book, options);
  scope->commit();
  std::cout << "Imported " << result.entries << " entries (" << result.lines << " lines) into " << o.entity;
  if (result.created_accounts + result.created_auxiliaries + result.created_journals > 0) {
    std::cout << "; created " << result.created_accounts << " accounts, " << result.created_auxiliaries
              << " auxiliary accounts, " << result.created_journals << " journals";
  }
  std::cout << '\n';
}

}  // namespace

void register_import(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ImportOptions>();
  auto* cmd = app.add_subcommand("import", "Import files into the books");
  cmd->require_subcommand(1);
  auto* fec = cmd->add_subcommand("fec", "Import a FEC file (tab or | separated, UTF-8 or ISO 8859-15), all or nothing");
  fec->add_option("file", o->file, "The FEC file")->required()->check(CLI::ExistingFile);
  fec->add_option("--entity", o->entity, "AT or RES")->required();
  fec->add_option("--validation-date", o->validation_date,
                  "Validation date for lines without ValidDate (default: --today or the system date)");
  fec->callback([&ctx, o] { run_import_fec(ctx, *o); });
}

}  // namespace comptoir::cli
