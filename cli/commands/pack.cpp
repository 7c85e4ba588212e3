// comptoir pack --entity AT|RES|combined --year Y --out DIR [--force]: the
// audit pack of a fiscal year (every report as PDF, XLSX and its CSV twin,
// the FEC, manifest.json, SHA256SUMS); comptoir pack verify DIR [--db
// BOOK]: its files against the manifest and, with the book, its figures
// against the reports computed again. Which reports a pack holds is wired
// here (the stores, the rule sets, the writers); the folder, the manifest
// and the checks are reports/pack's.
#include <filesystem>
#include <iostream>
#include <map>

#include "assets/asset_register.hpp"
#include "cofinancing/prestation_entries.hpp"
#include "commands.hpp"
#include "core/book.hpp"
#include "core/error.hpp"
#include "core/hash_chain.hpp"
#include "fec/fec_export.hpp"
#include "grants/grant_desk.hpp"
#include "pack/audit_pack.hpp"
#include "pack/pack_check.hpp"
#include "reports/annexe_tables.hpp"
#include "reports/book_listings.hpp"
#include "reports/cofinancing_reports.hpp"
#include "reports/combined_statements.hpp"
#include "reports/grant_report_tables.hpp"
#include "reports/grant_reports.hpp"
#include "reports/guinguette_reports.hpp"
#include "reports/integrity_report.hpp"
#include "reports/interco_reports.hpp"
#include "reports/statement_tables.hpp"
#include "reports/vat_reports.hpp"
#include "store/sqlite_asset_store.hpp"
#include "store/sqlite_cofinancing_store.hpp"
#include "store/sqlite_grant_store.hpp"
#include "store/sqlite_guinguette_store.hpp"
#include "till/till_import.hpp"
#include "vat/vat_rate.hpp"
#include "xlsx/xlsx_document.hpp"
#ifdef COMPTOIR_HAS_PDF
#include "pdf/pdf_document.hpp"
#endif

namespace comptoir::cli {
namespace {

namespace fs = std::filesystem;

struct PackOptions {
  std::string entity;
  int year = 0;
  std::string out;
  bool force = false;
  std::string dir;  // pack verify
};

// The fiscal year `year` of `entity`, refused (exit 3) when the book lacks either.
FiscalYear pack_fiscal_year(const BookReader& book, const std::string& entity, int year) {
  if (!book.entity(entity)) throw Error(ErrorKind::NotFound, "unknown entity '" + entity + "' (AT, RES or combined)");
  for (const auto& y : book.fiscal_years(entity)) {
    if (y.year == year) return y;
  }
  throw Error(ErrorKind::NotFound, "no fiscal year " + std::to_string(year) + " in " + entity);
}

// The entities whose books the pack holds.
std::vector<std::string> pack_members(const BookReader& book, const std::string& entity) {
  if (entity != combined_entity) return {entity};
  std::vector<std::string> codes;
  for (const auto& e : book.entities()) codes.push_back(e.code);
  return codes;
}

// The manifest's line of an entity's year: its validated entries and the
// hash of the last one.
PackBook pack_book(const BookReader& book, const std::string& entity, const FiscalYear& year) {
  PackBook b{entity, year.year, year.start, year.end, !year.is_open(), 0, genesis_hash(), 0};
  TransactionFilter filter;
  filter.entity = entity;
  filter.fiscal_year = year.year;
  book.for_each_transaction(filter, [&](const Transaction& t) {
    ++b.entries;
    if (t.chain_position > b.chain_position) {
      b.chain_position = t.chain_position;
      b.chain_head = t.hash;
    }
  });
  return b;
}

// A file name's part from a code chosen by a user (a grant's).
std::string pack_file_part(const std::string& code) {
  std::string part;
  for (const char c : code) {
    const bool plain =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    part += plain ? c : '-';
  }
  return part;
}

// Beyond this many validated entries in the year (some 50,000 postings,
// a thousand pages and more), the general ledger and the journals are in
// the pack as workbooks and CSV only: the PDF writer holds every row
// until it counts the pages, and nobody reads such a listing on paper.
constexpr std::int64_t pdf_listing_limit = 20'000;

// The book's stores and the reports of a pack over them: the same list
// for writing a pack and for checking one against the book.
class PackSources {
 public:
  PackSources(SqliteBook& book, const Labels& labels)
      : book_(book),
        t_(labels),
        grants_(book),
        assets_(book),
        cofinancing_(book),
        guinguettes_(book),
        writer_(book, book),
        desk_(grants_, writer_),
        register_(assets_, book) {}

  PackContents contents(const std::string& entity, int year) {
    PackContents c;
    if (entity == combined_entity) add_combined(c, year);
    for (const auto& member : pack_members(book_, entity)) add_member(c, member, pack_fiscal_year(book_, member, year));
    // Both books' checks: their pages name both associations.
    add(c, std::to_string(year) + "-interco-check", "",
        [this, year](TableSink& s) { (void)write_interco_pairs(book_, year, t_, *s.next_table()); });
    add(c, "integrity", "", [this](TableSink& s) {
      const VerificationReport report = verify_book(book_);
      write_integrity_report(report, book_.check_running_totals(), book_.check_references(), t_, *s.next_table());
    });
    return c;
  }

 private:
  static void add(PackContents& c, std::string stem, std::string entity, std::function<void(TableSink&)> write) {
    c.reports.push_back({std::move(stem), std::move(entity), std::move(write), {}});
  }

  void add_combined(PackContents& c, int year) {
    const std::string p = std::string(combined_entity) + "-" + std::to_string(year) + "-";
    add(c, p + "statements", combined_entity,
        [this, year](TableSink& s) { s.write(combined_tables(combined_statements(book_, year), t_)); });
    add(c, p + "trial-balance", combined_entity, [this, year](TableSink& s) {
      const CombinedBook combined(book_);
      auto statement = trial_balance_statement(combined, combined_entity, year);
      statement.years.entity = combined_name(combined);
      s.write(trial_balance_tables(statement, t_));
    });
  }

  void add_member(PackContents& c, const std::string& m, const FiscalYear& fy) {
    const int y = fy.year;
    const std::string p = m + "-" + std::to_string(y) + "-";
    add(c, p + "income-statement", m,
        [this, m, y](TableSink& s) { s.write(income_statement_tables(income_statement(book_, m, y), t_)); });
    add(c, p + "balance-sheet", m,
        [this, m, y](TableSink& s) { s.write(balance_sheet_tables(balance_sheet(book_, m, y), t_)); });
    add(c, p + "fixed-assets", m,
        [this, m, y](TableSink& s) { s.write(fixed_assets_tables(fixed_assets_annexe(book_, register_, m, y), t_)); });
    add(c, p + "dedicated-funds", m, [this, m, y](TableSink& s) {
      s.write(dedicated_funds_tables(dedicated_funds_annexe(book_, desk_.funds_proposal(m, y)), t_));
    });
    add(c, p + "trial-balance", m,
        [this, m, y](TableSink& s) { s.write(trial_balance_tables(trial_balance_statement(book_, m, y), t_)); });
    TransactionFilter year_filter;
    year_filter.entity = m;
    year_filter.fiscal_year = y;
    add(c, p + "general-ledger", m,
        [this, year_filter](TableSink& s) { write_general_ledger(book_, year_filter, t_, *s.next_table()); });
    const auto general_ledger = c.reports.size() - 1;
    add(c, p + "journals", m, [this, year_filter](TableSink& s) {
      // One table (a sheet) per journal that has entries in the year.
      for (const auto& journal : book_.journals(year_filter.entity)) {
        TransactionFilter filter = year_filter;
        filter.journal = journal.code;
        if (book_.trial_balance(filter).empty()) continue;
        const std::string title = std::string(t_("journal.title")) + " " + journal.code + " — " + journal.label;
        write_journal(book_, filter, t_, *s.titled_table(title));
      }
    });
    if (book_.last_sequence(m, y) > pdf_listing_limit) {
      c.reports[general_ledger].formats = {"xlsx"};
      c.reports.back().formats = {"xlsx"};
    }
    const auto entity = book_.entity(m);
    c.files.push_back(
        {fec_file_name(*entity, fy), '\t', [this, m, y](std::ostream& out) { export_fec(book_, m, y, out); }});
    if (entity->vat_liable) add_vat(c, p + "vat", m, fy);
    add_grants(c, p, m, fy);
    if (m == prestation_entity) {
      add(c, p + "cofinancing", m, [this, fy](TableSink& s) {
        write_cofinancing_rules(cofinancing_, t_, *s.next_table());
        (void)write_prestations(cofinancing_, "", t_, *s.next_table());
        for (const auto& commune : cofinancing_.communes()) {
          write_cofinancing_headroom(cofinancing_, commune.code, fy.end.year(), t_, *s.next_table());
        }
      });
    }
    if (m == till_entity) {
      // Guinguette seasons are calendar years: those the fiscal year meets.
      add(c, p + "guinguette", m, [this, fy](TableSink& s) {
        for (int year = fy.start.year(); year <= fy.end.year(); ++year) {
          write_guinguette_summary(guinguettes_, "", year, t_, *s.next_table());
        }
      });
    }
  }

  // VAT returns are per calendar month: the summary of each calendar year
  // the fiscal year meets, then the CA3 lines of each of its months.
  void add_vat(PackContents& c, const std::string& stem, const std::string& m, const FiscalYear& fy) {
    add(c, stem, m, [this, m, fy](TableSink& s) {
      const auto rates = default_vat_rates();
      for (int year = fy.start.year(); year <= fy.end.year(); ++year) {
        write_vat_summary(book_, m, year, VatPeriodKind::Month, rates, t_, *s.next_table());
      }
      for (Date d = fy.start; d <= fy.end; d = d.end_of_month().plus_days(1)) {
        write_vat_ca3(book_, m, VatPeriod::month(d.year(), static_cast<int>(d.month())), rates, t_, *s.next_table());
      }
    });
  }

  // Every agreement's state at the year end, then each one whose period
  // meets the year: its terms and state, its tranches and, when it has a
  // budget, its compte rendu financier over the year.
  void add_grants(PackContents& c, const std::string& p, const std::string& m, const FiscalYear& fy) {
    const auto grants = grants_.grants(m);
    if (grants.empty()) return;
    add(c, p + "grants", m,
        [this, m, fy](TableSink& s) { write_grant_list(grants_, desk_, m, fy.end, t_, *s.next_table()); });
    for (const auto& g : grants) {
      if (g.end < fy.start || fy.end < g.start) continue;
      add(c, p + "grant-" + pack_file_part(g.code), m, [this, code = g.code, fy](TableSink& s) {
        write_grant_sheet(grants_, desk_, code, fy.end, t_, *s.next_table());
        write_grant_tranches(grants_, book_, code, t_, *s.next_table());
        if (grants_.budget(code)) s.write(grant_report_tables(desk_.financial_report(code, fy.year), t_));
      });
    }
  }

  SqliteBook& book_;
  const Labels& t_;
  SqliteGrantStore grants_;
  SqliteAssetStore assets_;
  SqliteCofinancingStore cofinancing_;
  SqliteGuinguetteStore guinguettes_;
  Book writer_;
  GrantDesk desk_;
  AssetRegister register_;
};

// The documents of each report: XLSX, and PDF when this build draws it.
std::vector<std::string> pack_formats() {
  if (pdf_available) return {"pdf", "xlsx"};
  return {"xlsx"};
}

PackDocumentMaker pack_document_maker(const BookReader& book, const PackInfo& info, const Labels& t) {
  // What the PDF pages of each report say: its association (both for the
  // combined view and the book-wide checks), the year, the date, the head.
  std::map<std::string, DocumentHeader> headers;
  DocumentHeader all{"", "", t("common.period_year", {{"year", std::to_string(info.year)}}), info.date, ""};
  const auto entities = book.entities();
  for (const auto& e : entities) {
    const auto head = book.chain_head(e.code).hash.substr(0, 16);
    headers[e.code] = DocumentHeader{e.name, e.siren, all.period, info.date, head};
    all.name += (all.name.empty() ? "" : " · ") + e.name;
    all.chain += (all.chain.empty() ? "" : "  ") + e.code + " " + head;
  }
  return [headers, all](const fs::path& file, const std::string& format,
                        const PackReport& report) -> std::unique_ptr<TableDocument> {
    if (format == "xlsx") return std::make_unique<XlsxDocument>(file);
#ifdef COMPTOIR_HAS_PDF
    const auto found = headers.find(report.entity);
    const DocumentHeader& h = found != headers.end() ? found->second : all;
    return std::make_unique<PdfDocument>(file, PdfInfo{h.name, h.siren, h.period, h.today, h.chain});
#else
    (void)headers;
    (void)all;
    (void)report;
    throw Error(ErrorKind::Internal, "no " + format + " writer in this build");
#endif
  };
}

PackInfo pack_info(const SqliteBook& book, const PackOptions& o, Language language, Date date) {
  PackInfo info{o.entity, o.year, language, date, book.schema_version(), {}};
  for (const auto& m : pack_members(book, o.entity)) {
    info.books.push_back(pack_book(book, m, pack_fiscal_year(book, m, o.year)));
  }
  return info;
}

void run_pack(const Context& ctx, const PackOptions& o) {
  if (o.entity.empty()) throw CLI::RequiredError("--entity");
  if (o.year == 0) throw CLI::RequiredError("--year");
  if (o.out.empty()) throw CLI::RequiredError("--out");
  auto book = ctx.open_for_read();
  const Labels t = ctx.labels();
  const PackInfo info = pack_info(*book, o, t.language(), ctx.today());  // an unknown entity or year, first
  PackFolder folder(o.out, o.force);
  PackSources sources(*book, t);
  folder.write(sources.contents(o.entity, o.year), info, pack_formats(), pack_document_maker(*book, info, t), t);
  const PackManifest& manifest = folder.commit();
  std::cout << "Wrote the audit pack of " << o.entity << " " << o.year << " to " << o.out << ": "
            << manifest.files.size() << " files, " << pack_manifest_name << " and " << pack_sums_name
            << (info.provisional() ? " (provisional: the year is open)" : "") << '\n';
}

void run_pack_verify(const Context& ctx, const PackOptions& o) {
  const PackManifest manifest = check_pack_files(o.dir);
  std::cout << o.dir << ": " << manifest.files.size() << " files match " << pack_manifest_name << " and "
            << pack_sums_name << '\n';
  if (!ctx.db_given()) return;
  auto book = ctx.open_for_read();
  const Labels t(manifest.info.language);
  PackOptions asked = o;
  asked.entity = manifest.info.entity;
  asked.year = manifest.info.year;
  const PackInfo now = pack_info(*book, asked, t.language(), manifest.info.date);
  PackSources sources(*book, t);
  const PackContents contents = sources.contents(manifest.info.entity, manifest.info.year);
  check_pack_figures(o.dir, manifest, now.books, contents, t);
  const auto fec = contents.files.size();
  std::cout << "every figure of its " << contents.reports.size() << " reports and "
            << (fec == 1 ? std::string("its FEC") : std::to_string(fec) + " FEC files") << " matches the book "
            << ctx.options.db << '\n';
}

}  // namespace

void register_pack(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<PackOptions>();
  auto* cmd = app.add_subcommand(
      "pack",
      "The audit pack of a fiscal year in a new folder: statements, annexe tables, trial balance, general "
      "ledger, journals, VAT, grants, co-financing, Guinguette, inter-association and integrity reports as PDF and "
      "XLSX with a CSV twin each, the FEC, manifest.json and SHA256SUMS; `pack verify DIR` checks one");
  cmd->add_option("--entity", o->entity, "AT, RES or combined (both books and their combined statements)");
  cmd->add_option("--year", o->year, fiscal_year_help);
  cmd->add_option("--out", o->out, "The pack's folder: new or empty (written beside it, then renamed)");
  cmd->add_flag("--force", o->force, "Replace a non-empty folder (an older pack)");
  auto* verify = cmd->add_subcommand(
      "verify",
      "Check a pack: every file's size and SHA-256 against manifest.json and SHA256SUMS, no file missing or "
      "added; with --db, every figure of its CSV twins and its FEC against the book (exit 5 naming the file "
      "and the figure)");
  verify->add_option("dir", o->dir, "The pack's folder")->required();
  verify->callback([&ctx, o] { run_pack_verify(ctx, *o); });
  cmd->callback([&ctx, o, verify] {
    if (verify->parsed()) return;  // pack verify ran its own callback
    run_pack(ctx, *o);
  });
}

}  // namespace comptoir::cli
