// Importing a FEC file into an entity's book, and the record that keeps the
// same file from being booked twice: the import's options and result, the
// record of a past import, the port that stores those records, and the
// logged import that checks and writes them. Every entry is read and
// checked before anything is written; then missing journals, accounts and
// auxiliary accounts are created and every entry is posted as a validated
// transaction, à-nouveaux first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/book.hpp"
#include "core/date.hpp"
#include "fec/fec_file.hpp"

namespace comptoir {

// How a FEC import runs: the validation date for lines without ValidDate
// and an optional progress callback for the CLI's progress bar.
struct FecImportOptions {
  // Validation date of the entries whose ValidDate is blank or absent.
  Date validation_date;
  // Called with (entries posted, total entries), at most about 100 times,
  // the last time with done == total. May be empty.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// What a FEC import did, for the CLI's summary.
struct FecImportResult {
  std::size_t entries = 0;                // transactions posted and validated
  std::size_t lines = 0;                  // postings written
  std::size_t zero_lines = 0;             // lines with zero debit and credit, booked as they are
  std::size_t skipped_zero_lines = 0;     // the zero lines of the entries skipped
  std::size_t skipped_empty_entries = 0;  // entries made only of zero lines (not booked)
  std::size_t created_accounts = 0;
  std::size_t created_auxiliaries = 0;
  std::size_t created_journals = 0;
  // Journals whose EcritureNum did not tell entries apart, regrouped by
  // date and PieceRef (FecFile::regroup): the CLI says so.
  std::vector<FecRegrouping> regroupings;
};

// Reads `path` (see read_fec) and books it into `entity`. Runs inside a
// WriteScope opened by the caller, who commits it: on any error nothing
// should be committed. Entries are posted in (EcritureDate, first line)
// order, each validated on its ValidDate (or options.validation_date); the
// transaction takes PieceRef, PieceDate and the EcritureLib of its first
// line; a posting keeps its own EcritureLib when it differs. CompteNum is
// kept when it is a valid account number; 3 to 5 digits are padded with
// zeros on the right to 6; anything else is refused. Zero lines (zero debit
// and credit) are booked as they are; an entry made only of them is skipped.
// A line's EcritureLet and DateLet become its posting's lettering (as the
// file has it: a lettered group is not checked to sum to zero, a file may
// letter partially); currency columns are not imported.
//
// Throws what read_fec throws, and Error(InvalidInput) "<file>:<line>:
// field '<Name>': ..." for an EcritureDate outside every open fiscal year of
// the entity or an unusable CompteNum; Error(NotFound) for an unknown entity.
FecImportResult import_fec(const std::string& path, const std::string& entity, Book& book,
                           const FecImportOptions& options);
// Same for an already read file.
FecImportResult import_fec(const FecFile& file, const std::string& entity, Book& book, const FecImportOptions& options);

// One FEC import as the book remembers it: which file (by name and by the
// SHA-256 of its bytes) went into which entity, when, and which entries it
// produced, so that the same file is not booked twice by mistake.
struct FecImportRecord {
  std::int64_t id = 0;  // store id, 0 before it is recorded
  std::string entity;
  std::string file_name;  // as given on the command line
  std::string sha256;     // lower-case hex of the file's bytes
  std::size_t entries = 0;
  std::size_t lines = 0;
  // The entries it posted: chain positions first..last of the entity
  // (validated transactions), both 0 when it posted none.
  std::int64_t first_chain_position = 0;
  std::int64_t last_chain_position = 0;
  // Their references ("AT-2025-000001"), filled when read back; empty when
  // it posted none.
  std::string first_entry;
  std::string last_entry;
  Date imported_on;
};

// What the FEC import needs from storage to refuse a file already imported:
// the record of past imports. record() needs the book's open write scope,
// so the record lands with the entries or not at all.
class FecImportLog {
 public:
  virtual ~FecImportLog() = default;

  // Every recorded import, oldest first.
  [[nodiscard]] virtual std::vector<FecImportRecord> imports() const = 0;
  // The imports into `entity` of a file with this SHA-256, oldest first.
  [[nodiscard]] virtual std::vector<FecImportRecord> imports_of(const std::string& entity,
                                                                const std::string& sha256) const = 0;
  // Records an import whose entries are already stored; returns its id.
  virtual std::int64_t record(const FecImportRecord& record) = 0;
};

// What import_fec_logged did: the import's figures and its record.
struct FecLoggedImport {
  FecImportResult result;
  FecImportRecord record;
};

// A FEC import that the book remembers: the same file (same bytes) is not
// imported twice into an entity unless asked to. Reads `path`, hashing its
// bytes meanwhile on another thread; refuses it with Error(Locked) "<path>:
// already imported into <entity> on <date> as entries X..Y; use --again to
// import it anyway" when `log` has an import of the same SHA-256 into
// `entity` and `again` is false, before anything is written; else imports
// it (see import_fec) and records it in `log`. Runs inside the caller's
// write scope, like import_fec.
FecLoggedImport import_fec_logged(const std::string& path, const std::string& entity, Book& book, FecImportLog& log,
                                  const FecImportOptions& options, Date imported_on, bool again);

}  // namespace comptoir
