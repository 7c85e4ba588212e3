// The audit pack: one folder with every report of an entity's fiscal year
// as documents (PDF, XLSX) and as a CSV twin, files of their own format
// (the FEC), manifest.json and SHA256SUMS. What the reports are and how
// the documents are drawn is the caller's (cli/commands/pack.cpp wires the
// stores and the writers); this library writes the folder whole or not at
// all, and describes it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "labels/labels.hpp"
#include "render/table_document.hpp"
#include "reports/table.hpp"
#include "reports/table_data.hpp"

namespace comptoir {

// Hands out the writer of each table of a report in turn (each written
// whole before the next is asked for).
class TableSink {
 public:
  virtual ~TableSink() = default;
  [[nodiscard]] virtual std::unique_ptr<TableWriter> next_table() = 0;
  // The same, its title replaced by `title` (a journal's sheet says which).
  [[nodiscard]] std::unique_ptr<TableWriter> titled_table(std::string title);
  // Tables held whole (statements), one after another.
  void write(const std::vector<TableData>& tables);
};

// One report: stem.pdf, stem.xlsx and stem.csv hold the same tables, each
// computed once and written to the three at the same time. The CSV twin is
// what `--format csv` writes (a blank line between tables): pack verify
// compares it with the report computed again from the book.
struct PackReport {
  std::string stem;    // "AT-2025-income-statement"
  std::string entity;  // whose name heads its PDF pages ("combined" or "": every association)
  std::function<void(TableSink&)> write;
  // Its documents when not every format of the pack ("xlsx" alone for a
  // general ledger too long to be read as pages); empty: every format.
  std::vector<std::string> formats;
};

// A file of its own format, written as is (the FEC, a text file) and
// compared line by line, field by field.
struct PackFile {
  std::string name;
  char delimiter = '\t';  // between its fields, to name the one that differs
  std::function<void(std::ostream&)> write;
};

struct PackContents {
  std::vector<PackReport> reports;
  std::vector<PackFile> files;
};

// An entity's fiscal year in the pack, as the manifest records it.
struct PackBook {
  std::string entity;
  int year = 0;
  Date start;
  Date end;
  bool closed = false;
  std::int64_t entries = 0;  // validated entries of the year
  std::string chain_head;    // hash of the year's last validated entry (64 zeros if none)
  std::int64_t chain_position = 0;
};

// What a pack is of, besides its files: enough for pack verify to compute
// every report again.
struct PackInfo {
  std::string entity;  // AT, RES or combined
  int year = 0;
  Language language = Language::French;
  Date date;  // the pack's date (--today or the caller's date): the "as of" of its states
  int schema_version = 0;
  std::vector<PackBook> books;
  // Whether a year of the pack is still open: every title says "provisoire".
  [[nodiscard]] bool provisional() const;
};

// One file of the pack and its fingerprint.
struct PackFileEntry {
  std::string name;
  std::uintmax_t bytes = 0;
  std::string sha256;
};

struct PackManifest {
  PackInfo info;
  std::string software_version;
  std::vector<PackFileEntry> files;  // sorted by name; neither manifest.json nor SHA256SUMS
};

inline constexpr const char* pack_manifest_name = "manifest.json";
inline constexpr const char* pack_sums_name = "SHA256SUMS";

// The document of `format` ("pdf" or "xlsx") at `file` for `report`.
using PackDocumentMaker = std::function<std::unique_ptr<TableDocument>(
    const std::filesystem::path& file, const std::string& format, const PackReport& report)>;

// The pack's folder while it is written: a hidden sibling
// `.<name>.<pid>.part`, renamed to the folder asked for by commit(). The
// constructor refuses, before anything is computed (Error(InvalidInput)),
// a folder whose parent is missing or not writable, a file in its place,
// or a non-empty folder without `force`; the destructor removes the
// sibling unless commit() ran, so a failure never leaves half a pack.
class PackFolder {
 public:
  PackFolder(std::filesystem::path dir, bool force);
  ~PackFolder();
  PackFolder(const PackFolder&) = delete;
  PackFolder& operator=(const PackFolder&) = delete;

  // Writes every report in each of `formats` and its CSV twin, every file,
  // then manifest.json and SHA256SUMS. Titles get "provisoire" when
  // info.provisional().
  void write(const PackContents& contents, const PackInfo& info, const std::vector<std::string>& formats,
             const PackDocumentMaker& make_document, const Labels& labels);
  // Puts the folder in place (an older pack under --force is replaced in
  // one rename, then removed). Returns the manifest written.
  const PackManifest& commit();

 private:
  std::filesystem::path dir_;
  std::filesystem::path temp_;
  bool force_ = false;
  bool committed_ = false;
  PackManifest manifest_;
};

// The CSV twin of `report`, as PackFolder::write writes it.
[[nodiscard]] std::string report_csv(const PackReport& report, const Labels& labels);

// The text of manifest.json and of SHA256SUMS (`sha256sum -c` reads it:
// "<hash>  <name>", manifest.json included).
[[nodiscard]] std::string manifest_json(const PackManifest& manifest);
[[nodiscard]] std::string sha256sums_text(const PackManifest& manifest, const std::string& manifest_sha256);
// Reads manifest.json (Error(Integrity) naming what is wrong with it).
[[nodiscard]] PackManifest parse_manifest(const std::string& text);

// The software version the manifest records.
[[nodiscard]] std::string comptoir_version();

}  // namespace comptoir
