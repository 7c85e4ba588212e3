// comptoir: the finance staff's and auditors' command line over the books.
#include <iostream>

#include "commands/commands.hpp"
#include "exit_codes.hpp"
#include "unknown_command.hpp"

int main(int argc, char** argv) {
  using namespace comptoir::cli;
  // Listings can be long (a general ledger of 50k lines): C++ streams alone,
  // unsynchronised with C stdio (only the progress bar uses stdio, on stderr).
  std::ios::sync_with_stdio(false);
  CLI::App app{
      "comptoir - exact double-entry books of Action Territoriale (AT) and Le Réseau 1000 cafés (RES).\n"
      "Start with `comptoir demo` (demo books in comptoir-demo.db) or `comptoir --db books.db init`."};
  app.require_subcommand(1);
  app.fallthrough();
  Context ctx;
  ctx.db_option = app.add_option("--db", ctx.options.db, "SQLite book file (default comptoir.db)");
  ctx.db_option->envname("COMPTOIR_DB");
  app.add_flag("--read-only", ctx.options.read_only, "Open the book read-only (auditors); writes exit with 4");
  app.add_option("--format", ctx.options.format,
                 "Output of listings and reports: text, csv, json, html (one page), xlsx (a workbook) or pdf "
                 "(A4 pages); xlsx and pdf need --out")
      ->check(CLI::IsMember({"text", "csv", "json", "html", "xlsx", "pdf"}));
  app.add_option("--out", ctx.options.out,
                 "Write the listings and reports to FILE instead of standard output (whole, or not at all)");
  app.add_option("--locale", ctx.options.locale, "Language and number format of text, HTML and PDF (fr: 1 234,56)")
      ->check(CLI::IsMember({"fr", "en"}));
  app.add_option("--width", ctx.options.width, "Width of text tables in columns (default 80)")
      ->check(CLI::Range(40, 1000));
  app.add_option("--today", ctx.options.today, "Date to stamp validations with (YYYY-MM-DD; default: system date)");
  app.add_option("--wait", ctx.options.wait,
                 "Seconds to wait while another program writes to the book (default 5), then exit 7 (busy)")
      ->check(CLI::Range(0, 86400));

  register_init(app, ctx);
  register_account(app, ctx);
  register_year(app, ctx);
  register_entity(app, ctx);
  register_post(app, ctx);
  register_validate(app, ctx);
  register_journal(app, ctx);
  register_ledger(app, ctx);
  register_letter(app, ctx);
  register_balance(app, ctx);
  register_import(app, ctx);
  register_export(app, ctx);
  register_verify(app, ctx);
  register_demo(app, ctx);
  register_forecast_cafe(app, ctx);
  register_forecast_funding(app, ctx);
  register_forecast_compare(app, ctx);
  register_guinguette(app, ctx);
  register_commune(app, ctx);
  register_cofinancing(app, ctx);
  register_prestation(app, ctx);
  register_vat(app, ctx);
  register_interco(app, ctx);
  register_grant(app, ctx);
  register_asset(app, ctx);
  register_close(app, ctx);
  register_report(app, ctx);
  register_bank(app, ctx);
  register_pack(app, ctx);

  // Once the options are read, before the command runs: refuse a bad --out
  // before anything is read or written.
  app.parse_complete_callback([&ctx, &app] {
    ctx.options.entity = chosen_option(app, "--entity");
    if (ctx.format() == comptoir::OutputFormat::Pdf) ctx.options.period = chosen_period(app, ctx.labels());
    ctx.open_output();
  });

  if (const auto unknown = unknown_command(app, argc, argv)) {
    std::cerr << "comptoir: " << unknown_command_message(*unknown) << '\n';
    return exit_usage;
  }
  try {
    app.parse(argc, argv);  // the chosen command runs from its callback (commands/*.cpp)
    ctx.finish_output();
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  } catch (const comptoir::Error& e) {
    std::cerr << "comptoir: " << e.what() << '\n';
    return exit_code(e.kind());
  } catch (const std::exception& e) {
    std::cerr << "comptoir: unexpected error: " << e.what() << '\n';
    return exit_other;
  }
  return exit_ok;
}
