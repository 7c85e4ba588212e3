// comptoir import fec|list: loads a FEC file (A47 A-1) into an entity's
// books, all or nothing, refusing a file already imported there (same
// bytes) unless --again; lists the imports the book remembers.
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "fec/fec_import.hpp"
#include "store/sqlite_fec_import_log.hpp"
#include "progress_bar.hpp"

namespace comptoir::cli {
namespace {

struct ImportOptions {
  std::string file;
  std::string entity;
  std::string validation_date;
  bool again = false;
};

void run_import_fec(const Context& ctx, const ImportOptions& o) {
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  SqliteFecImportLog log(*store);
  auto scope = store->begin_import();
  ProgressBar progress("Importing " + o.file);
  FecImportOptions options;
  options.validation_date = o.validation_date.empty() ? ctx.today() : Date::parse(o.validation_date);
  options.progress = [&](std::size_t done, std::size_t total) { progress.update(done, total); };
  const FecLoggedImport imported = import_fec_logged(o.file, o.entity, book, log, options, ctx.today(), o.again);
  scope->commit();
  const FecImportResult& result = imported.result;
  std::cout << "Imported " << result.entries << " entries (" << result.lines << " lines) into " << o.entity;
  if (result.created_accounts + result.created_auxiliaries + result.created_journals > 0) {
    std::cout << "; created " << result.created_accounts << " accounts, " << result.created_auxiliaries
              << " auxiliary accounts, " << result.created_journals << " journals";
  }
  std::cout << '\n';
}

void list_imports(const Context& ctx) {
  auto store = ctx.open_for_read();
  SqliteFecImportLog log(*store);
  const bool fr = ctx.language() == Language::French;
  const bool text = ctx.format() == OutputFormat::Text;
  auto out = make_table_writer(ctx.format(), std::cout, ctx.language());
  out->begin({fr ? "Imports FEC" : "FEC imports",
              {{"id", "N°", 3, Align::Right},
               {"imported_on", fr ? "Date" : "Date", 10},
               {"entity", fr ? "Entité" : "Entity", 6},
               {"entries", fr ? "Écritures" : "Entries", 9, Align::Right},
               {"lines", fr ? "Lignes" : "Lines", 9, Align::Right},
               {"first_entry", fr ? "Première" : "First", 15},
               {"last_entry", fr ? "Dernière" : "Last", 15},
               {"file", fr ? "Fichier" : "File", 40},
               {"sha256", "SHA-256", 0}}});
  for (const auto& r : log.imports()) {
    out->row({r.id, text && fr ? r.imported_on.french() : r.imported_on.iso(), r.entity,
              static_cast<std::int64_t>(r.entries), static_cast<std::int64_t>(r.lines), r.first_entry, r.last_entry,
              r.file_name, r.sha256});
  }
  out->end();
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
  fec->add_flag("--again", o->again,
                "Import the file even if the same file (same SHA-256) was already imported into this entity");
  fec->callback([&ctx, o] { run_import_fec(ctx, *o); });
  auto* list = cmd->add_subcommand("list", "List the FEC imports recorded in the book");
  list->callback([&ctx] { list_imports(ctx); });
}

}  // namespace comptoir::cli
