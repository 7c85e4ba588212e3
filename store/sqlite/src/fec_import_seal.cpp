// See fec_import_seal.hpp.
#include "fec_import_seal.hpp"

#include "core/sha256.hpp"

namespace comptoir {

std::string fec_import_seal(const std::string& previous_seal, const FecImportSealFields& f) {
  constexpr char sep = '\x1f';
  std::string text = previous_seal + "\nfec-import-v1";
  for (const std::string& field : {f.entity, f.file_name, f.sha256, std::to_string(f.entries), std::to_string(f.lines),
                                   f.imported_on, f.first_hash, f.last_hash}) {
    text += sep;
    text += field;
  }
  return sha256_hex(text);
}

}  // namespace comptoir
