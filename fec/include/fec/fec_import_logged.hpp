// A FEC import that the book remembers: the same file (same bytes) is not
// imported twice into an entity unless asked to.
#pragma once

#include <string>

#include "core/book.hpp"
#include "fec/fec_import_log.hpp"
#include "fec/fec_import_options.hpp"
#include "fec/fec_logged_import.hpp"

namespace comptoir {

// Reads `path`, hashing its bytes meanwhile on another thread; refuses it
// with Error(Locked) "<path>: already imported into <entity> on <date> as
// entries X..Y; use --again to import it anyway" when `log` has an import of
// the same SHA-256 into `entity` and `again` is false, before anything is
// written; else imports it (see import_fec) and records it in `log`. Runs
// inside the caller's write scope, like import_fec.
FecLoggedImport import_fec_logged(const std::string& path, const std::string& entity, Book& book, FecImportLog& log,
                                  const FecImportOptions& options, Date imported_on, bool again);

}  // namespace comptoir
