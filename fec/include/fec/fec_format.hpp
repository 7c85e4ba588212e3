// The FEC format (A47 A-1): its columns in their legal order and how real
// exports write its values (XII). Shared by the reader, which maps header
// names and parses values, and the exporter, which writes the header.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace comptoir {

// The columns of a FEC file (A47 A-1 VII 1°): the 18 fields in their legal
// order, plus Montant/Sens which may replace Debit/Credit.
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

inline constexpr std::size_t fec_field_count = 20;      // every FecField
inline constexpr std::size_t fec_standard_fields = 18;  // JournalCode..Idevise

// The name as the text writes it ("EcritureDate").
[[nodiscard]] std::string_view fec_field_name(FecField field);

// The field a header name denotes, compared the way Test Compta Demat does:
// letter case ignored, é/è/É/È (UTF-8 or ISO 8859-15) read as e, characters
// other than letters and digits ignored. Returns false for an unknown name.
[[nodiscard]] bool fec_field_from_name(std::string_view name, FecField& field);

// Parsing the numeric and date fields of a FEC file as real exports write
// them (A47 A-1 XII): no exceptions on the hot path, a plain reason on
// failure so that the reader can name the file, line and field.
// An amount in cents: comma or dot decimal, optional sign first or last
// ("-12,50", "12,50-", "+3"), zero padding, surrounding spaces, no decimals
// or more than two when the extra ones are zeros. No thousands separator.
// Returns nullptr on success, else the reason ("not a number", ...).
[[nodiscard]] const char* parse_fec_amount(std::string_view text, std::int64_t& cents);

// A calendar date as Date::days(): AAAAMMJJ (the text), or AAAA-MM-JJ,
// AAAA/MM/JJ, JJ/MM/AAAA which checkers accept. Returns nullptr on success.
[[nodiscard]] const char* parse_fec_date(std::string_view text, std::int32_t& days);

// Sens: D or +1 gives +1 (debit), C or -1 gives -1 (credit), 0 otherwise.
[[nodiscard]] int parse_fec_direction(std::string_view text);

}  // namespace comptoir
