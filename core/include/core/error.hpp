// The one error type of the core. Its kind decides the CLI exit code and the
// GUI dialog; its message says what was wrong and where, in plain words.
#pragma once

#include <stdexcept>
#include <string>

namespace comptoir {

enum class ErrorKind {
  InvalidInput,  // bad file, field or option value
  Unbalanced,    // debits differ from credits
  NotFound,      // unknown entity, account, transaction...
  Locked,        // closed period, validated entry, read-only book
  Integrity,     // hash chain or running totals do not match, or the file is damaged
  Interrupted,   // a write was interrupted and only a writable open can roll it back
  Busy,          // another program held the book's write lock longer than the wait allowed
  Storage,       // the database failed
  Internal,      // a bug
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  [[nodiscard]] ErrorKind kind() const noexcept { return kind_; }

 private:
  ErrorKind kind_;
};

// Where a bad value came from: "file.csv:12: field 'debit': ..." prefixes.
[[nodiscard]] std::string at_location(const std::string& file, long line, const std::string& field);

}  // namespace comptoir
