// comptoir guinguette tour|event|import|summary: the mobile bars' tours and
// dates, the import of the certified till's daily closings (Comptoir is not
// a till) and the per-event and per-tour figures.
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "till/guinguette.hpp"
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

std::optional<int> year_of(const GuinguetteOptions& o) { return o.year != 0 ? std::optional<int>(o.year) : std::nullopt; }

void list_tours(const Context& ctx) {
  auto store = ctx.open_for_read();
  SqliteGuinguetteStore guinguettes(*store);
  const bool fr = ctx.language() == Language::French;
  auto out = make_table_writer(ctx.format(), std::cout, ctx.language());
  out->begin({fr ? "Tournées Guinguettes" : "Guinguette tours",
              {{"code", "Code", 16}, {"label", fr ? "Libellé" : "Label", 40}}});
  for (const auto& t : guinguettes.tours()) out->row({t.code, t.label});
  out->end();
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
  std::cout << "Added event #" << id << ": " << event.tour << ", " << event.commune << ", " << event.date.iso()
            << '\n';
}

void list_events(const Context& ctx, const GuinguetteOptions& o) {
  auto store = ctx.open_for_read();
  SqliteGuinguetteStore guinguettes(*store);
  const bool fr = ctx.language() == Language::French;
  auto out = make_table_writer(ctx.format(), std::cout, ctx.language());
  out->begin({fr ? "Dates des Guinguettes" : "Guinguette events",
              {{"id", "N°", 5, Align::Right},
               {"date", "Date", 10},
               {"tour", fr ? "Tournée" : "Tour", 12},
               {"commune", "Commune", 24},
               {"participants", fr ? "Participants" : "Participants", 12, Align::Right},
               {"local_partners", fr ? "Partenaires" : "Partners", 11, Align::Right}}});
  for (const auto& e : guinguettes.events(o.tour, year_of(o))) {
    out->row({e.id, ctx.format() == OutputFormat::Text && fr ? e.date.french() : e.date.iso(), e.tour, e.commune,
              e.participants, e.local_partners});
  }
  out->end();
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

std::vector<Column> summary_columns(bool fr) {
  return {{"scope", fr ? "Niveau" : "Level", 0},
          {"tour", fr ? "Tournée" : "Tour", 10},
          {"event", "N°", 3, Align::Right},
          {"date", "Date", 10},
          {"commune", "Commune", 8},
          {"participants", fr ? "Part." : "Part.", 5, Align::Right},
          {"takings_ht", fr ? "CA HT" : "Sales", 10, Align::Right},
          {"vat", fr ? "TVA" : "VAT", 0, Align::Right},
          {"takings_ttc", fr ? "CA TTC" : "Sales incl.", 0, Align::Right},
          {"purchases", fr ? "Achats" : "Purchases", 9, Align::Right},
          {"gross_margin", fr ? "Marge" : "Margin", 10, Align::Right},
          {"takings_per_participant", fr ? "TTC/p." : "Per p.", 7, Align::Right}};  // 80 columns of text
}

std::vector<Cell> summary_cells(const Context& ctx, const GuinguetteSummaryLine& l) {
  const bool text = ctx.format() == OutputFormat::Text;
  const bool fr = ctx.language() == Language::French;
  std::vector<Cell> cells{std::string(l.is_tour ? "tour" : "event"), l.tour};
  if (l.event) {
    cells.insert(cells.end(), {l.event->id, text && fr ? l.event->date.french() : l.event->date.iso(),
                               l.event->commune});
  } else {
    cells.insert(cells.end(), {std::string(), std::string(),
                               text ? std::to_string(l.events) + (l.events > 1 ? (fr ? " dates" : " events") : (fr ? " date" : " event"))
                                    : std::string()});
  }
  cells.insert(cells.end(), {l.participants, l.takings_ht, l.vat, l.takings_ttc, l.purchases, l.gross_margin});
  if (l.takings_per_participant) cells.emplace_back(*l.takings_per_participant);
  else cells.emplace_back(std::string());
  return cells;
}

void summary(const Context& ctx, const GuinguetteOptions& o) {
  auto store = ctx.open_for_read();
  SqliteGuinguetteStore guinguettes(*store);
  const auto lines = summarise_guinguettes(guinguettes.events(o.tour, year_of(o)),
                                           guinguettes.amounts(o.tour, year_of(o)));
  const bool fr = ctx.language() == Language::French;
  std::string title = fr ? "Guinguettes — recettes, achats et marge" : "Guinguettes — takings, purchases and margin";
  if (o.year != 0) title += " " + std::to_string(o.year);
  auto out = make_table_writer(ctx.format(), std::cout, ctx.language());
  out->begin({title, summary_columns(fr)});
  for (const auto& l : lines) {
    if (l.is_tour) out->total(summary_cells(ctx, l));
    else out->row(summary_cells(ctx, l));
  }
  out->end();
}

void register_tour(CLI::App* cmd, Context& ctx, const std::shared_ptr<GuinguetteOptions>& o) {
  auto* tour = cmd->add_subcommand("tour", "Tours (grand-est, picardie, ...): list or add");
  tour->require_subcommand(1);
  tour->add_subcommand("list", "List the tours")->callback([&ctx] { list_tours(ctx); });
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
  list->add_option("--year", o->year, "Only this calendar year");
  list->callback([&ctx, o] { list_events(ctx, *o); });
}

}  // namespace

void register_guinguette(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<GuinguetteOptions>();
  auto* cmd = app.add_subcommand("guinguette", "Guinguettes mobiles: tours, dates, till imports (Z reports), summary");
  cmd->require_subcommand(1);
  register_tour(cmd, ctx, o);
  register_event(cmd, ctx, o);
  auto* import = cmd->add_subcommand("import", "Import a certified till's daily closings (Z report CSV) into journal CA");
  import->add_option("file", o->file, "Z report CSV (layout in README, 'Guinguette takings')")->required();
  import->callback([&ctx, o] { import_till(ctx, *o); });
  auto* sum = cmd->add_subcommand("summary", "Per event and per tour: takings, VAT, purchases, gross margin");
  sum->add_option("--tour", o->tour, "Only this tour");
  sum->add_option("--year", o->year, "Only this calendar year");
  sum->callback([&ctx, o] { summary(ctx, *o); });
}

}  // namespace comptoir::cli
