// See audit_pack.hpp.
#include "pack/audit_pack.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "render/table_writers.hpp"

namespace comptoir {
namespace {

namespace fs = std::filesystem;

// Forwards every table call to each writer: a report is computed once and
// lands in its PDF, its workbook and its CSV twin together.
class TeeWriter final : public TableWriter {
 public:
  explicit TeeWriter(std::vector<std::unique_ptr<TableWriter>> writers) : writers_(std::move(writers)) {}
  void begin(const TableHeader& header) override {
    for (auto& w : writers_) w->begin(header);
  }
  void row(const std::vector<Cell>& cells) override {
    for (auto& w : writers_) w->row(cells);
  }
  void total(const std::vector<Cell>& cells) override {
    for (auto& w : writers_) w->total(cells);
  }
  void footer(const std::vector<Cell>& cells) override {
    for (auto& w : writers_) w->footer(cells);
  }
  void separator() override {
    for (auto& w : writers_) w->separator();
  }
  void end() override {
    for (auto& w : writers_) w->end();
  }

 private:
  std::vector<std::unique_ptr<TableWriter>> writers_;
};

// A writer whose table's title is another: `replace` it, or `append`
// to it (an open year's titles say "provisoire").
class Retitled final : public TableWriter {
 public:
  Retitled(std::unique_ptr<TableWriter> inner, std::string title, bool append)
      : inner_(std::move(inner)), title_(std::move(title)), append_(append) {}
  void begin(const TableHeader& header) override {
    TableHeader retitled = header;
    if (!append_) {
      retitled.title = title_;
    } else {
      retitled.title = retitled.title.empty() ? title_ : retitled.title + " — " + title_;
    }
    inner_->begin(retitled);
  }
  void row(const std::vector<Cell>& cells) override { inner_->row(cells); }
  void total(const std::vector<Cell>& cells) override { inner_->total(cells); }
  void footer(const std::vector<Cell>& cells) override { inner_->footer(cells); }
  void separator() override { inner_->separator(); }
  void end() override { inner_->end(); }

 private:
  std::unique_ptr<TableWriter> inner_;
  std::string title_;
  bool append_ = false;
};

// The tables of one report: a writer per document and the twin's CSV.
class ReportSink final : public TableSink {
 public:
  ReportSink(std::vector<TableDocument*> documents, std::ostream& csv, const Labels& labels, std::string mark)
      : documents_(std::move(documents)), csv_(csv), labels_(labels), mark_(std::move(mark)) {}
  std::unique_ptr<TableWriter> next_table() override {
    std::vector<std::unique_ptr<TableWriter>> writers;
    for (auto* document : documents_) {
      auto writer = document->next_table(labels_);
      if (!mark_.empty()) writer = std::make_unique<Retitled>(std::move(writer), mark_, true);
      writers.push_back(std::move(writer));
    }
    if (tables_++ > 0) csv_ << '\n';  // as write_tables() separates CSV tables
    writers.push_back(make_table_writer(OutputFormat::Csv, csv_, labels_));
    return std::make_unique<TeeWriter>(std::move(writers));
  }

 private:
  std::vector<TableDocument*> documents_;
  std::ostream& csv_;
  const Labels& labels_;
  std::string mark_;
  int tables_ = 0;
};

void close_checked(std::ofstream& out, const fs::path& path) {
  out.close();
  if (!out) throw Error(ErrorKind::Storage, "failed writing " + path.string());
}

std::ofstream open_file(const fs::path& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(ErrorKind::Storage, "cannot write " + path.string() + ": " + std::strerror(errno));
  return out;
}

// Why the pack cannot go to `dir`, or "" if it can.
std::string refusal(const fs::path& dir, bool force) {
  const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::exists(parent, ec)) return "cannot write the pack " + dir.string() + ": no folder " + parent.string();
  if (!fs::is_directory(parent, ec)) {
    return "cannot write the pack " + dir.string() + ": " + parent.string() + " is not a folder";
  }
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
    return "cannot write the pack " + dir.string() + ": it is a file, not a folder";
  }
  if (fs::is_directory(dir, ec) && !fs::is_empty(dir, ec) && !force) {
    return "the folder " + dir.string() + " is not empty: name an empty or new folder, or add --force to replace it";
  }
  return {};
}

}  // namespace

std::unique_ptr<TableWriter> TableSink::titled_table(std::string title) {
  return std::make_unique<Retitled>(next_table(), std::move(title), false);
}

void TableSink::write(const std::vector<TableData>& tables) {
  for (const auto& table : tables) {
    auto writer = next_table();
    comptoir::write(table, *writer);
  }
}

std::string report_csv(const PackReport& report, const Labels& labels) {
  std::ostringstream csv;
  ReportSink sink({}, csv, labels, {});
  report.write(sink);
  return csv.str();
}

bool PackInfo::provisional() const {
  return std::any_of(books.begin(), books.end(), [](const PackBook& b) { return !b.closed; });
}

std::string comptoir_version() {
  return COMPTOIR_VERSION;
}

PackFolder::PackFolder(fs::path dir, bool force) : dir_(std::move(dir)), force_(force) {
  while (dir_.has_filename() == false && dir_.has_parent_path() && dir_ != dir_.root_path()) {
    dir_ = dir_.parent_path();  // "out/" names the folder out
  }
  if (dir_.empty() || dir_.filename() == "." || dir_.filename() == "..") {
    throw Error(ErrorKind::InvalidInput, "--out " + dir_.string() + ": name the pack's own folder");
  }
  if (const auto why = refusal(dir_, force_); !why.empty()) throw Error(ErrorKind::InvalidInput, why);
  // Beside the folder, so the final rename stays on one file system.
  temp_ = dir_.parent_path() / ("." + dir_.filename().string() + "." + std::to_string(::getpid()) + ".part");
  std::error_code ec;
  fs::remove_all(temp_, ec);
  if (!fs::create_directory(temp_, ec) || ec) {
    throw Error(ErrorKind::InvalidInput, "cannot write the pack " + dir_.string() + ": " + ec.message());
  }
}

PackFolder::~PackFolder() {
  if (committed_ || temp_.empty()) return;
  std::error_code ignored;
  fs::remove_all(temp_, ignored);
}

void PackFolder::write(const PackContents& contents, const PackInfo& info, const std::vector<std::string>& formats,
                       const PackDocumentMaker& make_document, const Labels& labels) {
  const std::string mark = info.provisional() ? std::string(labels("pack.provisional")) : std::string();
  for (const auto& report : contents.reports) {
    std::vector<std::unique_ptr<TableDocument>> documents;
    std::vector<TableDocument*> pointers;
    for (const auto& format : formats) {
      const auto& own = report.formats;
      if (!own.empty() && std::find(own.begin(), own.end(), format) == own.end()) continue;
      documents.push_back(make_document(temp_ / (report.stem + "." + format), format, report));
      pointers.push_back(documents.back().get());
    }
    const fs::path csv_path = temp_ / (report.stem + ".csv");
    auto csv = open_file(csv_path);
    ReportSink sink(pointers, csv, labels, mark);
    report.write(sink);
    for (auto& document : documents) document->finish();
    close_checked(csv, csv_path);
  }
  for (const auto& file : contents.files) {
    const fs::path path = temp_ / file.name;
    auto out = open_file(path);
    file.write(out);
    close_checked(out, path);
  }
  manifest_ = PackManifest{info, comptoir_version(), {}};
  for (const auto& entry : fs::directory_iterator(temp_)) {
    const auto name = entry.path().filename().string();
    manifest_.files.push_back({name, fs::file_size(entry.path()), sha256_file_hex(entry.path().string())});
  }
  std::sort(manifest_.files.begin(), manifest_.files.end(),
            [](const PackFileEntry& a, const PackFileEntry& b) { return a.name < b.name; });
  const std::string json = manifest_json(manifest_);
  auto out = open_file(temp_ / pack_manifest_name);
  out << json;
  close_checked(out, temp_ / pack_manifest_name);
  auto sums = open_file(temp_ / pack_sums_name);
  sums << sha256sums_text(manifest_, sha256_hex(json));
  close_checked(sums, temp_ / pack_sums_name);
}

const PackManifest& PackFolder::commit() {
  std::error_code ec;
  fs::path old;
  if (fs::exists(dir_, ec)) {
    if (!fs::is_empty(dir_, ec)) {
      // --force: the older pack steps aside and goes once the new one is in place.
      old = dir_.parent_path() / ("." + dir_.filename().string() + "." + std::to_string(::getpid()) + ".old");
      fs::rename(dir_, old, ec);
    } else {
      fs::remove(dir_, ec);
    }
    if (ec) throw Error(ErrorKind::Storage, "cannot replace " + dir_.string() + ": " + ec.message());
  }
  fs::rename(temp_, dir_, ec);
  if (ec) {
    if (!old.empty()) fs::rename(old, dir_, ec);
    throw Error(ErrorKind::Storage, "cannot put the pack " + dir_.string() + " in place: " + ec.message());
  }
  committed_ = true;
  if (!old.empty()) fs::remove_all(old, ec);
  return manifest_;
}

}  // namespace comptoir
