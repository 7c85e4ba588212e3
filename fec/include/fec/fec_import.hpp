// Importing a FEC file into an entity's book: every entry is read and
// checked before anything is written; then missing journals, accounts and
// auxiliary accounts are created and every entry is posted as a validated
// transaction, à-nouveaux first.
#pragma once

#include <string>

#include "core/book.hpp"
#include "fec/fec_file.hpp"
#include "fec/fec_import_options.hpp"
#include "fec/fec_import_result.hpp"

namespace comptoir {

// Reads `path` (see read_fec) and books it into `entity`. Runs inside a
// WriteScope opened by the caller, who commits it: on any error nothing
// should be committed. Entries are posted in (EcritureDate, first line)
// order, each validated on its ValidDate (or options.validation_date); the
// transaction takes PieceRef, PieceDate and the EcritureLib of its first
// line; a posting keeps its own EcritureLib when it differs. CompteNum is
// kept when it is a valid account number; 3 to 5 digits are padded with
// zeros on the right to 6; anything else is refused. Zero lines are skipped.
// Lettering (EcritureLet/DateLet) and currency columns are not imported yet.
//
// Throws what read_fec throws, and Error(InvalidInput) "<file>:<line>:
// field '<Name>': ..." for an EcritureDate outside every open fiscal year of
// the entity or an unusable CompteNum; Error(NotFound) for an unknown entity.
FecImportResult import_fec(const std::string& path, const std::string& entity, Book& book,
                           const FecImportOptions& options);
// Same for an already read file.
FecImportResult import_fec(const FecFile& file, const std::string& entity, Book& book,
                           const FecImportOptions& options);

}  // namespace comptoir
