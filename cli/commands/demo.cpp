// comptoir demo: builds the deterministic 2025 demo books of both
// associations and prints what the activity report shows: expenses and
// resources by category with their shares, and the result.
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "core/error.hpp"
#include "demo/demo_books.hpp"
#include "demo/write_demo_books.hpp"
#include "reports/category_summary_table.hpp"

namespace comptoir::cli {

void register_demo(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "demo", "Build the 2025 demo books of both associations (default file comptoir-demo.db) and print the summary");
  auto bank_dir = std::make_shared<std::string>();
  cmd->add_option("--bank-statements", *bank_dir,
                  "Also write the 2025 bank statements the demo imports (camt.053, one file per association) to "
                  "this folder");
  cmd->callback([&ctx, bank_dir] {
    const std::string path = ctx.db_given() ? ctx.options.db : "comptoir-demo.db";
    if (std::filesystem::exists(path)) {
      throw Error(ErrorKind::InvalidInput, path + " already exists: remove it or choose another file with --db");
    }
    try {
      auto store = ctx.create(path);
      write_demo_books(*store, *bank_dir);
    } catch (...) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);  // nothing half-done
      throw;
    }
    auto store = SqliteBook::open(path, OpenMode::ReadOnly);
    if (ctx.format() == OutputFormat::Text) std::cout << "Demo books written to " << path << "\n\n";
    write_activity_summaries(*store, 2025, CategoryScheme::activity_report(), ctx.labels(), *ctx.table_writer());
  });
}

}  // namespace comptoir::cli
