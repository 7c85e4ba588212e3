// Writing an entity's fiscal year as a FEC file (A47 A-1): what the tax
// auditor receives at the start of a vérification de comptabilité.
#pragma once

#include <ostream>
#include <string>

#include "core/book_reader.hpp"
#include "core/chart.hpp"
#include "core/fiscal_year.hpp"

namespace comptoir {

// "<SIREN>FEC<AAAAMMJJ of the year's closing date>.txt", e.g.
// "900000011FEC20251231.txt". Throws Error(InvalidInput) if the entity has
// no 9-digit SIREN.
[[nodiscard]] std::string fec_file_name(const Entity& entity, const FiscalYear& year);

// Writes the header (the 18 names) and one line per posting of every
// validated transaction of `entity` in fiscal year `year`: journal AN first,
// then validation order; EcritureNum = the transaction's sequence; TAB
// separator, LF line ends, UTF-8 without BOM; amounts with a comma and two
// decimals, the unused side "0,00"; dates AAAAMMJJ; TAB, CR, LF and '|'
// inside text replaced by spaces; EcritureLet and DateLet the posting's
// lettering (blank when unlettered); currency columns blank. A
// transaction without piece reference gets its own reference ("AT-2025-
// 000042"). Throws Error(NotFound) for an unknown entity or fiscal year.
void export_fec(const BookReader& reader, const std::string& entity, int year, std::ostream& out);

}  // namespace comptoir
