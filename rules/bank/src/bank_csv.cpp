// French banks' CSV exports, read with a column profile from data.
#include "bank/bank_csv.hpp"

#include <algorithm>
#include <sstream>

#include "bank/bank_readers.hpp"
#include "bank_text.hpp"
#include "core/csv_reader.hpp"
#include "core/error.hpp"
#include "core/semicolon_lines.hpp"

namespace comptoir_bank_data {
std::string_view embedded(std::string_view file_name);
}

namespace comptoir {
namespace {

char delimiter_named(const std::string& name, const std::string& where) {
  if (name == "semicolon") return ';';
  if (name == "comma") return ',';
  if (name == "tab") return '\t';
  throw Error(ErrorKind::InvalidInput, where + ": field 'delimiter': '" + name + "' is not semicolon, comma or tab");
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

std::vector<BankCsvProfile> parse_bank_csv_profiles(std::string_view content, const std::string& source) {
  std::vector<BankCsvProfile> out;
  for_each_semicolon_line(content, source, [&](const std::vector<std::string>& f, long line) {
    if (f.at(0) == "name") return;  // header
    const std::string where = at_location(source, line, "");
    if (f.size() != 10) throw Error(ErrorKind::InvalidInput, where + ": 10 fields expected");
    BankCsvProfile p{f[0], delimiter_named(f[1], where), f[2], f[3], f[4], f[5], f[6], f[7], f[8], false};
    if (f[9] != "negative" && f[9] != "positive") {
      throw Error(ErrorKind::InvalidInput, where + ": field 'debit_sign': '" + f[9] + "' is not negative or positive");
    }
    p.debit_negative = f[9] == "negative";
    if (p.date_column.empty() || p.label_column.empty()) {
      throw Error(ErrorKind::InvalidInput, where + ": a profile needs its date and label columns");
    }
    if (p.amount_column.empty() == (p.debit_column.empty() || p.credit_column.empty())) {
      throw Error(ErrorKind::InvalidInput, where + ": a profile has one amount column or a debit and a credit column");
    }
    for (const auto& other : out) {
      if (other.name == p.name) throw Error(ErrorKind::InvalidInput, where + ": duplicate profile " + p.name);
    }
    out.push_back(std::move(p));
  });
  return out;
}

const std::vector<BankCsvProfile>& bank_csv_profiles() {
  static const std::vector<BankCsvProfile> profiles =
      parse_bank_csv_profiles(comptoir_bank_data::embedded("bank_profiles.csv"), "bank_profiles.csv");
  return profiles;
}

const BankCsvProfile& bank_csv_profile(const std::string& name) {
  std::string known;
  for (const auto& p : bank_csv_profiles()) {
    if (p.name == name) return p;
    known += (known.empty() ? "" : ", ") + p.name;
  }
  throw Error(ErrorKind::InvalidInput, "unknown bank CSV profile '" + name + "' (known: " + known + ")");
}

BankStatement read_bank_csv(std::string_view content, const std::string& source, const BankCsvProfile& profile) {
  std::istringstream in(bank_text::as_utf8(content));
  BankStatement s;
  s.statement_ref = source;
  s.origin = source;
  std::optional<CsvHeader> header;
  int date = -1, value_date = -1, label = -1, reference = -1, amount = -1, debit = -1, credit = -1;
  read_csv(in, source, profile.delimiter, [&](const CsvRecord& r) {
    if (!header) {
      // Lines before the header (account number, period) are skipped.
      const bool is_header = std::any_of(r.fields.begin(), r.fields.end(), [&](const std::string& f) {
        return lower(bank_text::trim(f)) == lower(profile.date_column);
      });
      if (!is_header) return;
      CsvRecord trimmed = r;
      for (auto& f : trimmed.fields) f = bank_text::trim(f);
      header.emplace(trimmed, source);
      date = header->index(profile.date_column, true);
      label = header->index(profile.label_column, true);
      if (!profile.value_date_column.empty()) value_date = header->index(profile.value_date_column, false);
      if (!profile.reference_column.empty()) reference = header->index(profile.reference_column, false);
      if (!profile.amount_column.empty()) {
        amount = header->index(profile.amount_column, true);
      } else {
        debit = header->index(profile.debit_column, true);
        credit = header->index(profile.credit_column, true);
      }
      return;
    }
    CsvRecord row = r;
    row.fields.resize(std::max(row.fields.size(), header->size()));  // banks drop empty trailing fields
    const auto at = [&](const std::string& name) { return at_location(source, r.line, name); };
    BankLine line;
    line.origin = source + ":" + std::to_string(r.line);
    line.booking_date = bank_text::parse_date(header->field(row, date), at(profile.date_column));
    if (value_date >= 0 && !bank_text::trim(header->field(row, value_date)).empty()) {
      line.value_date = bank_text::parse_date(header->field(row, value_date), at(profile.value_date_column));
    }
    line.label = bank_text::squeeze(header->field(row, label));
    if (reference >= 0) line.reference = bank_text::trim(header->field(row, reference));
    if (amount >= 0) {
      line.amount = bank_text::parse_amount(header->field(row, amount), at(profile.amount_column));
    } else {
      const std::string d = bank_text::trim(header->field(row, debit));
      const std::string c = bank_text::trim(header->field(row, credit));
      if (d.empty() == c.empty()) {
        throw Error(ErrorKind::InvalidInput, at_location(source, r.line, profile.debit_column) + ": exactly one of '" +
                                                 profile.debit_column + "' and '" + profile.credit_column +
                                                 "' must hold an amount");
      }
      if (!d.empty()) {
        const Money m = bank_text::parse_amount(d, at(profile.debit_column));
        if (m.is_negative() != profile.debit_negative && !m.is_zero()) {
          throw Error(ErrorKind::InvalidInput, at_location(source, r.line, profile.debit_column) + ": '" + d +
                                                   "': the profile " + profile.name + " expects debits written " +
                                                   (profile.debit_negative ? "negative" : "positive"));
        }
        line.amount = m.is_negative() ? m : -m;
      } else {
        const Money m = bank_text::parse_amount(c, at(profile.credit_column));
        if (m.is_negative()) {
          throw Error(ErrorKind::InvalidInput,
                      at_location(source, r.line, profile.credit_column) + ": '" + c + "': a credit is positive");
        }
        line.amount = m;
      }
    }
    s.lines.push_back(std::move(line));
  });
  if (!header) {
    throw Error(ErrorKind::InvalidInput,
                source + ": no header line with a column '" + profile.date_column + "' (profile " + profile.name + ")");
  }
  if (s.lines.empty()) throw Error(ErrorKind::InvalidInput, source + ": no statement line");
  // Exports list the newest line first as often as the oldest: the
  // statement keeps the bank's order, its period is read from the dates.
  const auto [first, last] = std::minmax_element(
      s.lines.begin(), s.lines.end(), [](const auto& a, const auto& b) { return a.booking_date < b.booking_date; });
  s.from = first->booking_date;
  s.to = last->booking_date;
  bank_text::derive_missing_references(s.lines);
  return s;
}

}  // namespace comptoir
