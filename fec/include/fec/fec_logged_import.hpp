// What import_fec_logged did: the import's figures and its record.
#pragma once

#include "fec/fec_import_record.hpp"
#include "fec/fec_import_result.hpp"

namespace comptoir {

struct FecLoggedImport {
  FecImportResult result;
  FecImportRecord record;
};

}  // namespace comptoir
