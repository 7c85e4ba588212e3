// Reads a FEC file (A47 A-1) into a compact FecFile, accepting what real
// exports contain and rejecting, with "<file>:<line>: field '<Name>': why",
// what cannot be booked.
#pragma once

#include <istream>
#include <string>

#include "fec/fec_file.hpp"

namespace comptoir {

// Accepted: TAB or '|' separators (detected on the header line); CRLF, LF or
// CR line ends; UTF-8 with or without BOM, or ISO 8859-15 (transcoded to
// UTF-8); header names in any case, with é/è variants; unknown extra
// columns (ignored) and a trailing separator; Debit+Credit or Montant+Sens
// (D/C/+1/-1); amounts with comma or dot decimals, a sign at either end,
// zero padding, no decimals; blank Debit/Credit read as zero; blank lines;
// lines of an entry anywhere in the file. Entries are keyed by
// (JournalCode, EcritureNum), so numbering per journal or per file both work;
// where a number holds lines of several dates or PieceRefs (EcritureNum left
// at 0 or repeated), they are grouped by date and PieceRef, or by date
// (FecFile::regroup), and the file says so (FecFile::regroupings). EcritureLet
// and DateLet are kept per line (FecFile::lettering).
// The optional columns (CompAuxNum, CompAuxLib, EcritureLet, DateLet,
// ValidDate, Montantdevise, Idevise) may be absent.
//
// Throws Error(InvalidInput) for: a header without TAB or '|' or missing a
// mandatory column (line 1); a line with the wrong number of fields; an
// empty mandatory field; an unparseable date or amount; a Sens other than
// D/C/+1/-1; debit and credit both non-zero; a CompteNum not starting with
// three digits; invalid UTF-8 in a UTF-8 file. Throws Error(Unbalanced) for
// an entry whose debits and credits differ, naming its EcritureNum at its
// first line, and for a number whose lines balance neither by date and
// PieceRef nor by date, naming the lines.
[[nodiscard]] FecFile read_fec(std::istream& in, const std::string& source);
// Same, opening `path` (Error(InvalidInput) if it cannot be opened).
[[nodiscard]] FecFile read_fec_file(const std::string& path);

}  // namespace comptoir
