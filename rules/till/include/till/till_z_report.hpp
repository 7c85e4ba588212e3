// A till's daily closings (Z reports) exported as CSV, as read: one TillDay
// per closing. Comptoir is not a till (CGI 286-I-3° bis asks for a certified
// one): it only imports these totals. The layout is documented in
// README.md, "Guinguette takings".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"
#include "vat/vat_rate.hpp"

namespace comptoir {

// One day of a certified till's closing (Z report), as read from its CSV
// export: totals by VAT rate and by payment mode, all TTC.
struct TillDay {
  long line = 0;  // line of the file, for messages
  Date date;
  std::string tour;
  Money total_ttc;
  std::vector<Money> ttc_by_rate;  // parallel to the VatRate list it was read with
  Money cash;                      // espèces -> 530000
  Money card;                      // carte bancaire -> 511500
  std::string z_number;            // the till's closing number, may be empty
};

// A whole file: its days in file order, and the hash that keeps it from
// being imported twice.
struct TillZReport {
  std::string source;  // file name, for messages
  std::string sha256;  // of the file's bytes: a file is imported once
  std::vector<TillDay> days;
};

// Parses the CSV `content` (',' or ';' separated, header required):
// date, tour, total_ttc, one ttc_<code> column per rate of `rates`, cash,
// card, optional z_number; other columns are ignored. Checks, per line:
// amounts >= 0, sum of ttc_<code> == total_ttc == cash + card exactly, and
// that no (date, tour) appears twice. Throws Error(InvalidInput)
// "<source>:<line>: field '<column>': <reason>" at the first problem; an
// unknown rate column such as ttc_7 is named.
[[nodiscard]] TillZReport parse_till_z_report(std::string_view content, const std::string& source,
                                              const std::vector<VatRate>& rates);

}  // namespace comptoir
