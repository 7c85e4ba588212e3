// FEC import with its record: the file is hashed on its own thread while the
// reader parses it (both read the same bytes, the second from the page
// cache), so the duplicate check costs about nothing on a large file.
#include <future>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "fec/fec_import.hpp"
#include "fec/fec_reader.hpp"

namespace comptoir {
namespace {

std::string entries_text(const FecImportRecord& r) {
  if (r.first_entry.empty()) return "no entries";
  if (r.first_entry == r.last_entry) return "entry " + r.first_entry;
  return "entries " + r.first_entry + ".." + r.last_entry;
}

[[noreturn]] void refuse(const std::string& path, const std::vector<FecImportRecord>& earlier) {
  const FecImportRecord& last = earlier.back();
  std::string message =
      path + ": already imported into " + last.entity + " on " + last.imported_on.iso() + " as " + entries_text(last);
  if (earlier.size() > 1) message += " (" + std::to_string(earlier.size()) + " imports of this file)";
  throw Error(ErrorKind::Locked, message + "; use --again to import it anyway");
}

}  // namespace

FecLoggedImport import_fec_logged(const std::string& path, const std::string& entity, Book& book, FecImportLog& log,
                                  const FecImportOptions& options, Date imported_on, bool again) {
  std::future<std::string> sha256 = std::async(std::launch::async, [&path] { return sha256_file_hex(path); });
  const FecFile file = read_fec_file(path);  // on error the future's destructor waits for the hash
  FecLoggedImport out;
  out.record.sha256 = sha256.get();
  if (!again) {
    const auto earlier = log.imports_of(entity, out.record.sha256);
    if (!earlier.empty()) refuse(path, earlier);
  }
  // The entries posted are those that follow the entity's chain head.
  const std::int64_t head = book.reader().chain_head(entity).count;
  out.result = import_fec(file, entity, book, options);
  const std::int64_t new_head = book.reader().chain_head(entity).count;
  out.record.entity = entity;
  out.record.file_name = path;
  out.record.entries = out.result.entries;
  out.record.lines = out.result.lines;
  if (new_head > head) {
    out.record.first_chain_position = head + 1;
    out.record.last_chain_position = new_head;
  }
  out.record.imported_on = imported_on;
  out.record.id = log.record(out.record);
  return out;
}

}  // namespace comptoir
