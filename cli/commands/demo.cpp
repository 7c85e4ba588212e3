// comptoir demo: builds the deterministic 2025 demo books of both
// associations and prints what the activity report shows: expenses and
// resources by category with their shares, and the result.
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "core/book.hpp"
#include "demo/demo_books.hpp"
#include "core/error.hpp"
#include "demo/write_demo_books.hpp"
#include "reports/category_summaries.hpp"
#include "reports/category_summary_table.hpp"

namespace comptoir::cli {
namespace {

void print_summaries(const BookReader& reader, const Context& ctx) {
  const auto scheme = CategoryScheme::activity_report();
  const bool fr = ctx.language() == Language::French;
  auto out = ctx.table_writer();
  std::vector<std::string> codes;
  for (const auto& e : reader.entities()) {
    codes.push_back(e.code);
    write_category_summary(summarise_by_category(reader, e.code, 2025, scheme), e.name + " (" + e.code + ") — 2025",
                           *out, ctx.language());
  }
  const auto combined = summarise_combined(reader, codes, 2025, scheme);
  write_category_summary(combined,
                         fr ? "Ensemble des deux associations, flux inter-associations éliminés — 2025"
                            : "Both associations combined, inter-association flows eliminated — 2025",
                         *out, ctx.language());
}

}  // namespace

void register_demo(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "demo", "Build the 2025 demo books of both associations (default file comptoir-demo.db) and print the summary");
  cmd->callback([&ctx] {
    const std::string path = ctx.db_given() ? ctx.options.db : "comptoir-demo.db";
    if (std::filesystem::exists(path)) {
      throw Error(ErrorKind::InvalidInput, path + " already exists: remove it or choose another file with --db");
    }
    try {
      auto store = ctx.create(path);
      write_demo_books(*store);
    } catch (...) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);  // nothing half-done
      throw;
    }
    auto store = SqliteBook::open(path, OpenMode::ReadOnly);
    if (ctx.format() == OutputFormat::Text) std::cout << "Demo books written to " << path << "\n\n";
    print_summaries(*store, ctx);
  });
}

}  // namespace comptoir::cli
