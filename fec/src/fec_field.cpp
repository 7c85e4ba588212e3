// FEC column names and the lenient header-name matching of the reader.
#include <string>

#include "fec/fec_format.hpp"

namespace comptoir {
namespace {

constexpr std::array<std::string_view, fec_field_count> names = {
    "JournalCode", "JournalLib", "EcritureNum",   "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
    "CompAuxLib",  "PieceRef",   "PieceDate",     "EcritureLib",  "Debit",     "Credit",    "EcritureLet",
    "DateLet",     "ValidDate",  "Montantdevise", "Idevise",      "Montant",   "Sens",
};

char lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
bool is_alnum_ascii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Lower-case letters and digits only; é/è/É/È (UTF-8 or Latin-9) become 'e'.
std::string normalise(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto byte = static_cast<unsigned char>(name[i]);
    if (byte == 0xC3 && i + 1 < name.size()) {
      const auto next = static_cast<unsigned char>(name[i + 1]);
      if (next == 0xA9 || next == 0xA8 || next == 0x89 || next == 0x88) {
        out += 'e';
        ++i;
        continue;
      }
    }
    if (byte == 0xE9 || byte == 0xE8 || byte == 0xC9 || byte == 0xC8) {
      out += 'e';
      continue;
    }
    const char c = lower_ascii(name[i]);
    if (is_alnum_ascii(c)) out += c;
  }
  return out;
}

}  // namespace

std::string_view fec_field_name(FecField field) {
  return names.at(static_cast<std::size_t>(field));
}

bool fec_field_from_name(std::string_view name, FecField& field) {
  const std::string wanted = normalise(name);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (normalise(names[i]) == wanted) {
      field = static_cast<FecField>(i);
      return true;
    }
  }
  return false;
}

}  // namespace comptoir
