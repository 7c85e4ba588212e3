// comptoir guinguette tour|event|import|summary: the mobile bars' tours and
// dates, the import of the certified till's daily closings (Comptoir is not
// a till) and the per-event and per-tour figures.
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "reports/guinguette_reports.hpp"
#include "store/sqlite_guinguette_store.hpp"
#include "till/till_import.hpp"

namespace comptoir::cli {
namespace {

struct GuinguetteOptions {
  std::string code, label;  // tour add
  std::string date, tour, commune;
  std::int64_t participants = 0, local_partners = 0;
  int year = 0;
  std::string file;
};

std::optional<int> year_of(const GuinguetteOptions& o) {
  return o.year != 0 ? std::optional<int>(o.year) : std::nullopt;
}

void add_tour(const Context& ctx, const GuinguetteOptions& o) {
  auto store = ctx.open_for_write();
  SqliteGuinguetteStore guinguettes(*store);
  auto scope = store->begin();
  guinguettes.add_tour({o.code, o.label});
  scope->commit();
  std::cout << "Added tour " << o.code << " (" << o.label << ")\n";
}

void add_event(const Context& ctx, const GuinguetteOptions& o) {
  GuinguetteEvent event{0, Date::parse(o.date), o.tour, o.commune, o.participants, o.local_partners};
  auto store = ctx.open_for_write();
  SqliteGuinguetteStore guinguettes(*store);
  auto scope = store->begin();
  const std::int64_t id = guinguettes.add_event(event);
  scope->commit();
  std::cout << "Added event #" << id << ": " << event.tour << ", " << event.commune << ", " << event.date.iso() << '\n';
}

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::NotFound, "cannot open the till file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void import_till(const Context& ctx, const GuinguetteOptions& o) {
  const auto rates = default_vat_rates();
  const TillZReport report = parse_till_z_report(read_whole_file(o.file), o.file, rates);
  auto store = ctx.open_for_write();
  Book book(*store, *store);
  SqliteGuinguetteStore guinguettes(*store);
  auto scope = book.begin();
  const TillImportResult result = import_till_report(book, guinguettes, report, rates, ctx.today());
  scope->commit();
  std::cout << "Imported " << result.days << " till day(s) from " << o.file << ": " << result.total_ttc.to_string()
            << " TTC in journal CA";
  for (const auto id : result.transaction_ids) std::cout << ' ' << store->transaction(id)->reference();
  std::cout << '\n';
}

void register_tour(CLI::App* cmd, Context& ctx, const std::shared_ptr<GuinguetteOptions>& o) {
  auto* tour = cmd->add_subcommand("tour", "Tours (grand-est, picardie, ...): list or add");
  tour->require_subcommand(1);
  tour->add_subcommand("list", "List the tours")->callback([&ctx] {
    auto store = ctx.open_for_read();
    write_guinguette_tours(SqliteGuinguetteStore(*store), ctx.labels(), *ctx.table_writer());
  });
  auto* add = tour->add_subcommand("add", "Add a tour: CODE (a-z, 0-9, -) LABEL");
  add->add_option("code", o->code, "Tour code, used in tags (activity=guinguette-CODE)")->required();
  add->add_option("label", o->label, "Label")->required();
  add->callback([&ctx, o] { add_tour(ctx, *o); });
}

void register_event(CLI::App* cmd, Context& ctx, const std::shared_ptr<GuinguetteOptions>& o) {
  auto* event = cmd->add_subcommand("event", "Guinguette dates: add or list");
  event->require_subcommand(1);
  auto* add = event->add_subcommand("add", "Record a Guinguette date (one per tour and day)");
  add->add_option("--date", o->date, "Date YYYY-MM-DD")->required();
  add->add_option("--tour", o->tour, "Tour code (grand-est, picardie, ...)")->required();
  add->add_option("--commune", o->commune, "Commune hosting the bar")->required();
  add->add_option("--participants", o->participants, "Number of participants")->check(CLI::NonNegativeNumber);
  add->add_option("--local-partners", o->local_partners, "Number of local partners")->check(CLI::NonNegativeNumber);
  add->callback([&ctx, o] { add_event(ctx, *o); });
  auto* list = event->add_subcommand("list", "List Guinguette dates");
  list->add_option("--tour", o->tour, "Only this tour");
  list->add_option("--year", o->year, "Only this calendar year (a season, not a fiscal year)");
  list->callback([&ctx, o] {
    auto store = ctx.open_for_read();
    write_guinguette_events(SqliteGuinguetteStore(*store), o->tour, year_of(*o), ctx.labels(), *ctx.table_writer());
  });
}

}  // namespace

void register_guinguette(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<GuinguetteOptions>();
  auto* cmd = app.add_subcommand("guinguette", "Guinguettes mobiles: tours, dates, till imports (Z reports), summary");
  cmd->require_subcommand(1);
  register_tour(cmd, ctx, o);
  register_event(cmd, ctx, o);
  auto* import =
      cmd->add_subcommand("import", "Import a certified till's daily closings (Z report CSV) into journal CA");
  import->add_option("file", o->file, "Z report CSV (layout in README, 'Guinguette takings')")->required();
  import->callback([&ctx, o] { import_till(ctx, *o);
});
auto* sum = cmd->add_subcommand("summary", "Per event and per tour: takings, VAT, purchases, gross margin");
sum->add_option("--tour", o->tour, "Only this tour");
sum->add_option("--year", o->year, "Only this calendar year (a season, not a fiscal year)");
sum->callback([&ctx, o] {
  auto store = ctx.open_for_read();
  write_guinguette_summary(SqliteGuinguetteStore(*store), o->tour, year_of(*o), ctx.labels(), *ctx.table_writer());
});
}  // namespace comptoir::cli

}  // namespace comptoir::cli
