// comptoir import fec|list: loads a FEC file (A47 A-1) into an entity's
// books, all or nothing, refusing a file already imported there (same
// bytes) unless --again; lists the imports the book remembers (built in
// reports/chart_listings).
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "fec/fec_import.hpp"
#include "progress_bar.hpp"
#include "reports/chart_listings.hpp"
#include "store/sqlite_fec_import_log.hpp"

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
  if (result.zero_lines > 0) std::cout << "; kept " << result.zero_lines << " zero-amount lines";
  std::cout << '\n';
  for (const FecRegrouping& r : result.regroupings) {
    std::cout << "Notice: journal " << r.journal << ": " << r.numbers << " EcritureNum (e.g. '" << r.example_number
              << "') held several entries; their " << r.lines << " lines were grouped by date and PieceRef into "
              << r.entries << " entries\n";
  }
}

void list_imports(const Context& ctx) {
  auto store = ctx.open_for_read();
  write_fec_imports(SqliteFecImportLog(*store), ctx.labels(), *ctx.table_writer());
}

}  // namespace

void register_import(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ImportOptions>();
  auto* cmd = app.add_subcommand("import", "Import files into the books");
  cmd->require_subcommand(1);
  auto* fec =
      cmd->add_subcommand("fec", "Import a FEC file (tab or | separated, UTF-8 or ISO 8859-15), all or nothing");
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
