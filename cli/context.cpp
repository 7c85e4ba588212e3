// See context.hpp. The system clock is read here, at the edge, and nowhere
// in the core.
#include "context.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>

#include "core/error.hpp"

namespace comptoir::cli {

namespace {

std::unique_ptr<SqliteBook> open_book(const std::string& path, OpenMode mode, int wait_seconds) {
  auto book = SqliteBook::open(path, mode, std::chrono::seconds(wait_seconds));
  // A command that only reads sees one committed state, whatever other
  // programs write meanwhile (verify would otherwise see a chain head
  // newer than the entries it read).
  if (mode == OpenMode::ReadOnly) book->hold_read_snapshot();
  if (book->rolled_back_interrupted_write()) {
    std::cerr << "note: " << path
              << " held a write that was interrupted (a program stopped while writing); it was rolled back: "
                 "the book holds what was committed before it, nothing of that write\n";
  }
  return book;
}

}  // namespace

std::unique_ptr<SqliteBook> Context::open_for_read() const {
  return open_book(options.db, OpenMode::ReadOnly, options.wait);
}

std::unique_ptr<SqliteBook> Context::open_for_write() const {
  return open_book(options.db, options.read_only ? OpenMode::ReadOnly : OpenMode::ReadWrite, options.wait);
}

std::unique_ptr<SqliteBook> Context::create(const std::string& path) const {
  if (options.read_only) {
    throw Error(ErrorKind::Locked, "--read-only: refusing to create the book " + path);
  }
  return SqliteBook::open(path, OpenMode::Create, std::chrono::seconds(options.wait));
}

void Context::open_output() {
  if (format() == OutputFormat::Xlsx && options.out.empty()) {
    throw CLI::ValidationError("--format xlsx writes a binary workbook, not text: name its file with --out FILE.xlsx");
  }
  if (format() == OutputFormat::Pdf) {
    if (!pdf_available) {
      throw CLI::ValidationError(
          "--format pdf: this comptoir was built without Qt (COMPTOIR_GUI=OFF), "
          "which draws PDF; use html or xlsx, or build with the desktop app");
    }
    if (options.out.empty())
      throw CLI::ValidationError("--format pdf writes A4 pages, not text: name its file with --out FILE.pdf");
  }
  std::error_code ec;
  if (!options.out.empty() && std::filesystem::equivalent(options.out, options.db, ec)) {
    throw Error(ErrorKind::InvalidInput, "--out " + options.out + " is the book itself: name another file");
  }
  output_ = std::make_unique<Output>(format(), options.out,
                                     format() == OutputFormat::Pdf ? document_header() : DocumentHeader{});
}

void Context::finish_output() {
  if (output_) output_->commit();
}

Output& Context::output() const {
  if (!output_) throw Error(ErrorKind::Internal, "the output is not open");
  return *output_;
}

std::unique_ptr<TableWriter> Context::table_writer() const {
  return output().table_writer(labels(), options.width);
}

void Context::write_tables(const std::vector<TableData>& tables, const Labels& labels,
                           const std::vector<PlacedChart>& charts) const {
  output().write_tables(tables, labels, options.width, charts);
}

void Context::write_chart(const Chart& chart, const Labels& labels) const {
  output().write_chart(chart, labels);
}

std::ostream& Context::out() const {
  return output().stream();
}

Date Context::today() const {
  if (!options.today.empty()) return Date::parse(options.today);
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::from_days(static_cast<std::int32_t>(now.time_since_epoch().count()));
}

DocumentHeader Context::document_header() const {
  DocumentHeader header;
  header.today = today();
  header.period = options.period;
  std::error_code ec;
  if (!std::filesystem::exists(options.db, ec)) return header;
  const auto book = open_for_read();
  auto entities = book->entities();
  // One association's document names it; without --entity (or with
  // "combined") the pages name every association of the book.
  const bool one =
      std::any_of(entities.begin(), entities.end(), [&](const Entity& e) { return e.code == options.entity; });
  if (one) std::erase_if(entities, [&](const Entity& e) { return e.code != options.entity; });
  for (const auto& e : entities) {
    header.name += (header.name.empty() ? "" : " · ") + e.name;
    if (entities.size() == 1) header.siren = e.siren;
    const auto head = book->chain_head(e.code).hash.substr(0, 16);
    header.chain += (header.chain.empty() ? "" : "  ") + (entities.size() > 1 ? e.code + " " : "") + head;
  }
  if (header.name.empty()) header.name = std::filesystem::path(options.db).filename().string();
  return header;
}

std::string chosen_option(const CLI::App& app, const std::string& name) {
  for (const auto* sub : app.get_subcommands()) {
    if (const auto* opt = sub->get_option_no_throw(name); opt != nullptr && opt->count() > 0) {
      return opt->as<std::string>();
    }
    if (auto inner = chosen_option(*sub, name); !inner.empty()) return inner;
  }
  return {};
}

std::string chosen_period(const CLI::App& app, const Labels& t) {
  auto date = [&](const std::string& name) {
    const auto text = chosen_option(app, name);
    return text.empty() ? text : t.date(Date::parse(text));
  };
  if (const auto year = chosen_option(app, "--year"); !year.empty()) return t("common.period_year", {{"year", year}});
  const auto from = date("--from");
  const auto to = date("--to");
  if (!from.empty() && !to.empty()) return t("common.period_from_to", {{"from", from}, {"to", to}});
  if (!from.empty()) return t("common.period_from", {{"from", from}});
  if (!to.empty()) return t("common.period_to", {{"to", to}});
  if (const auto as_of = date("--as-of"); !as_of.empty()) return t("common.period_as_of", {{"date", as_of}});
  if (const auto period = chosen_option(app, "--period"); !period.empty()) {
    return t("common.period_named", {{"period", period}});
  }
  return {};
}

std::vector<std::string> entity_codes(const BookReader& reader, const std::string& entity) {
  if (!entity.empty()) return {entity};
  std::vector<std::string> out;
  for (const auto& e : reader.entities()) out.push_back(e.code);
  return out;
}

}  // namespace comptoir::cli
