// The columns of a FEC file (A47 A-1 VII 1°): the 18 fields in their legal
// order, plus Montant/Sens which may replace Debit/Credit. Used by the reader
// to map header names and by the exporter to write the header.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace comptoir {

enum class FecField {
  JournalCode,
  JournalLib,
  EcritureNum,
  EcritureDate,
  CompteNum,
  CompteLib,
  CompAuxNum,
  CompAuxLib,
  PieceRef,
  PieceDate,
  EcritureLib,
  Debit,
  Credit,
  EcritureLet,
  DateLet,
  ValidDate,
  Montantdevise,
  Idevise,
  Montant,  // replaces Debit (VII 2°)
  Sens,     // replaces Credit: D/C or +1/-1 (X)
};

inline constexpr std::size_t fec_field_count = 20;   // every FecField
inline constexpr std::size_t fec_standard_fields = 18;  // JournalCode..Idevise

// The name as the text writes it ("EcritureDate").
[[nodiscard]] std::string_view fec_field_name(FecField field);

// The field a header name denotes, compared the way Test Compta Demat does:
// letter case ignored, é/è/É/È (UTF-8 or ISO 8859-15) read as e, characters
// other than letters and digits ignored. Returns false for an unknown name.
[[nodiscard]] bool fec_field_from_name(std::string_view name, FecField& field);

}  // namespace comptoir
