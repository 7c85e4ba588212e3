// The FEC reader: header mapping, then one pass over the lines into a
// compact FecFile, then the balance check of every entry.
#include "fec/fec_reader.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/money.hpp"
#include "core/two_stage_pipeline.hpp"
#include "fec/fec_format.hpp"
#include "fec/fec_text.hpp"

namespace comptoir {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Splits `line` at each `separator` and trims every field. A line has many
// short fields, so on little-endian machines it is scanned eight bytes at a
// time rather than with one memchr call per field.
void split(std::string_view line, char separator, std::vector<std::string_view>& out) {
  out.clear();
  const std::size_t size = line.size();
  std::size_t start = 0;  // of the current field
  std::size_t i = 0;
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7Fu;
    const std::uint64_t pattern = 0x0101010101010101u * static_cast<unsigned char>(separator);
    for (; i + 8 <= size; i += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, line.data() + i, sizeof word);
      const std::uint64_t x = word ^ pattern;                  // zero bytes where the separators are
      std::uint64_t hits = ~(((x & low7) + low7) | x | low7);  // 0x80 in exactly those bytes
      for (; hits != 0; hits &= hits - 1) {
        const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(hits)) / 8;
        out.push_back(trim(line.substr(start, at - start)));
        start = at + 1;
      }
    }
  }
  for (; i < size; ++i) {
    if (line[i] != separator) continue;
    out.push_back(trim(line.substr(start, i - start)));
    start = i + 1;
  }
  out.push_back(trim(line.substr(start)));
}

[[noreturn]] void fail(const std::string& source, std::uint32_t line, FecField field, const std::string& reason) {
  throw Error(ErrorKind::InvalidInput,
              at_location(source, static_cast<long>(line), std::string(fec_field_name(field))) + ": " + reason);
}

// Where each field is in a line, from the header.
struct Layout {
  char separator = '\t';
  std::array<int, fec_field_count> column{};
  std::size_t columns = 0;
  bool montant_sens = false;

  [[nodiscard]] bool has(FecField f) const { return column[static_cast<std::size_t>(f)] >= 0; }
};

constexpr std::array<FecField, 9> mandatory_columns = {
    FecField::JournalCode, FecField::JournalLib, FecField::EcritureNum, FecField::EcritureDate, FecField::CompteNum,
    FecField::CompteLib,   FecField::PieceRef,   FecField::PieceDate,   FecField::EcritureLib,
};

Layout read_header(std::string_view header, const std::string& source) {
  Layout layout;
  layout.column.fill(-1);
  const std::size_t tabs = static_cast<std::size_t>(std::count(header.begin(), header.end(), '\t'));
  const std::size_t pipes = static_cast<std::size_t>(std::count(header.begin(), header.end(), '|'));
  if (tabs == 0 && pipes == 0) fail(source, 1, FecField::JournalCode, "the header has no TAB or '|' separator");
  layout.separator = tabs >= pipes ? '\t' : '|';
  std::vector<std::string_view> names;
  split(header, layout.separator, names);
  while (!names.empty() && names.back().empty()) names.pop_back();  // trailing separator
  layout.columns = names.size();
  for (std::size_t i = 0; i < names.size(); ++i) {
    FecField field{};
    if (!fec_field_from_name(names[i], field)) continue;  // an extra column
    int& column = layout.column[static_cast<std::size_t>(field)];
    if (column >= 0) fail(source, 1, field, "the column appears twice in the header");
    column = static_cast<int>(i);
  }
  for (FecField f : mandatory_columns) {
    if (!layout.has(f)) fail(source, 1, f, "missing column in the header");
  }
  if (!layout.has(FecField::Debit) || !layout.has(FecField::Credit)) {
    if (!layout.has(FecField::Montant) || !layout.has(FecField::Sens)) {
      fail(source, 1, layout.has(FecField::Debit) ? FecField::Credit : FecField::Debit,
           "missing column in the header (Debit and Credit, or Montant and Sens, are required)");
    }
    layout.montant_sens = true;
  }
  return layout;
}

// The text fields of a line that the file interns, in this order.
constexpr std::array<FecField, 10> interned_fields = {
    FecField::JournalCode, FecField::JournalLib, FecField::EcritureNum, FecField::PieceRef,    FecField::CompteNum,
    FecField::CompteLib,   FecField::CompAuxNum, FecField::CompAuxLib,  FecField::EcritureLib, FecField::EcritureLet,
};
enum InternedField : std::size_t {
  journal_code,
  journal_lib,
  entry_number,
  piece_ref,
  account_number,
  account_label,
  auxiliary_code,
  auxiliary_label,
  entry_label,
  lettering_code
};

// A line checked and parsed by the first stage, for the second to add to
// the file: its number, values, and where its text fields are in the
// batch's text.
struct ParsedLine {
  std::uint32_t line_number = 0;
  FecEntry header;
  std::int64_t amount = 0;
  std::int32_t lettering_date = FecEntry::no_date;                  // DateLet, if any
  std::array<std::uint32_t, interned_fields.size() + 1> text_at{};  // field i = [text_at[i], text_at[i + 1])
};

// Lines handed from the first stage to the second together.
struct LineBatch {
  std::string text;
  std::vector<ParsedLine> lines;

  [[nodiscard]] std::string_view field(const ParsedLine& line, InternedField f) const {
    return std::string_view(text).substr(line.text_at[f], line.text_at[f + 1] - line.text_at[f]);
  }
};

// First stage: splits a line, checks its fields and parses its dates and
// amounts (everything that needs no other line).
class LineParser {
 public:
  LineParser(const std::string& source, const Layout& layout) : source_(source), layout_(layout) {}
  void parse(std::string_view text, std::uint32_t line_number, LineBatch& batch);

 private:
  [[noreturn]] void fail_at(FecField f, const std::string& reason) const { fail(source_, line_number_, f, reason); }
  [[nodiscard]] std::string_view field(FecField f) const {
    const int column = layout_.column[static_cast<std::size_t>(f)];
    return column < 0 ? std::string_view{} : fields_[static_cast<std::size_t>(column)];
  }
  std::string_view required(FecField f) const {
    std::string_view value = field(f);
    if (value.empty()) fail_at(f, "empty mandatory field");
    return value;
  }
  std::int32_t date(FecField f, std::string_view text);
  std::int64_t amount(FecField f) const;
  void check_field_count();
  std::int64_t signed_amount() const;

  const std::string& source_;
  const Layout& layout_;
  std::vector<std::string_view> fields_;
  std::uint32_t line_number_ = 0;
  // The last date parsed: a line's dates, and consecutive lines', are mostly equal.
  std::array<char, 16> last_date_text_{};
  std::size_t last_date_length_ = 0;
  std::int32_t last_date_days_ = 0;
};

std::int32_t LineParser::date(FecField f, std::string_view text) {
  const std::string_view last(last_date_text_.data(), last_date_length_);
  if (!text.empty() && fec_text_equal(text, last)) return last_date_days_;
  std::int32_t days = 0;
  if (const char* why = parse_fec_date(text, days)) fail_at(f, std::string(why) + ": '" + std::string(text) + "'");
  if (text.size() <= last_date_text_.size()) {
    std::memcpy(last_date_text_.data(), text.data(), text.size());
    last_date_length_ = text.size();
    last_date_days_ = days;
  }
  return days;
}

std::int64_t LineParser::amount(FecField f) const {
  const std::string_view text = field(f);
  std::int64_t cents = 0;
  if (text.empty()) return 0;
  if (const char* why = parse_fec_amount(text, cents)) fail_at(f, std::string(why) + ": '" + std::string(text) + "'");
  return cents;
}

void LineParser::check_field_count() {
  const std::size_t expected = layout_.columns;
  if (fields_.size() == expected + 1 && fields_.back().empty()) fields_.pop_back();  // trailing separator
  if (fields_.size() == expected) return;
  const std::string counts =
      "the line has " + std::to_string(fields_.size()) + " fields, the header " + std::to_string(expected);
  for (std::size_t f = 0; f < fec_field_count; ++f) {
    const int column = layout_.column[f];
    if (column >= 0 && static_cast<std::size_t>(column) >= fields_.size()) fail_at(static_cast<FecField>(f), counts);
  }
  fail_at(FecField::Idevise, counts);
}

std::int64_t LineParser::signed_amount() const {
  if (layout_.montant_sens) {
    (void)required(FecField::Montant);
    const std::int64_t value = amount(FecField::Montant);
    const int direction = parse_fec_direction(required(FecField::Sens));
    if (direction == 0) fail_at(FecField::Sens, "must be D, C, +1 or -1: '" + std::string(field(FecField::Sens)) + "'");
    return direction * value;
  }
  const std::int64_t debit = amount(FecField::Debit);
  const std::int64_t credit = amount(FecField::Credit);
  if (debit != 0 && credit != 0) fail_at(FecField::Credit, "debit and credit are both non-zero on one line");
  return debit - credit;
}

void LineParser::parse(std::string_view text, std::uint32_t line_number, LineBatch& batch) {
  line_number_ = line_number;
  split(text, layout_.separator, fields_);
  check_field_count();
  for (FecField f : mandatory_columns) (void)required(f);
  const std::string_view account = field(FecField::CompteNum);
  if (account.size() < 3 ||
      !std::all_of(account.begin(), account.begin() + 3, [](char c) { return c >= '0' && c <= '9'; })) {
    fail_at(FecField::CompteNum, "must start with three digits: '" + std::string(account) + "'");
  }
  ParsedLine line;
  line.line_number = line_number;
  line.header.date = date(FecField::EcritureDate, field(FecField::EcritureDate));
  line.header.piece_date = date(FecField::PieceDate, field(FecField::PieceDate));
  if (!field(FecField::ValidDate).empty())
    line.header.valid_date = date(FecField::ValidDate, field(FecField::ValidDate));
  if (!field(FecField::DateLet).empty()) line.lettering_date = date(FecField::DateLet, field(FecField::DateLet));
  if (!field(FecField::Montantdevise).empty()) (void)amount(FecField::Montantdevise);
  line.amount = signed_amount();
  for (std::size_t i = 0; i < interned_fields.size(); ++i) {
    const std::string_view value = field(interned_fields[i]);
    if (value.size() > 0xFFFF) {  // the string pool's limit, said here where the line and field are known
      fail_at(interned_fields[i], std::to_string(value.size()) + " bytes, over the limit of 65535");
    }
    line.text_at[i] = static_cast<std::uint32_t>(batch.text.size());
    batch.text.append(value);
  }
  line.text_at.back() = static_cast<std::uint32_t>(batch.text.size());
  batch.lines.push_back(line);
}

// Second stage: adds parsed lines to the file, in order (journals,
// entries, accounts, auxiliaries and labels are interned here).
class LineAdder {
 public:
  explicit LineAdder(FecFile& file) : file_(file) {}
  void add(const LineBatch& batch);

 private:
  void add(const LineBatch& batch, const ParsedLine& parsed);
  std::uint32_t label_id(std::string_view label);

  FecFile& file_;
  std::string_view last_label_;
  std::uint32_t last_label_id_ = 0;
  bool has_last_label_ = false;
};

std::uint32_t LineAdder::label_id(std::string_view label) {
  if (!has_last_label_ || !fec_text_equal(label, last_label_)) {
    last_label_id_ = file_.add_label(label);
    last_label_ = file_.text(last_label_id_);
    has_last_label_ = true;
  }
  return last_label_id_;
}

void LineAdder::add(const LineBatch& batch) {
  for (const ParsedLine& line : batch.lines) add(batch, line);
}

void LineAdder::add(const LineBatch& batch, const ParsedLine& parsed) {
  auto field = [&](InternedField f) { return batch.field(parsed, f); };
  FecLine line;
  line.line_number = parsed.line_number;
  line.amount = parsed.amount;
  const std::uint32_t journal = file_.add_journal(field(journal_code), field(journal_lib));
  bool added = false;
  const std::size_t entry =
      file_.find_or_add_entry(journal, field(entry_number), parsed.header, field(piece_ref), added);
  line.account = file_.add_account(field(account_number), field(account_label), parsed.line_number);
  const std::string_view auxiliary = field(auxiliary_code);
  if (!auxiliary.empty()) {
    const std::string_view label = field(auxiliary_label);
    line.auxiliary = file_.add_auxiliary(auxiliary, label.empty() ? auxiliary : label, line.account) + 1;
  }
  line.label = label_id(field(entry_label));
  file_.add_line(entry, line);
  if (const std::string_view code = field(lettering_code); !code.empty()) {
    // A blank DateLet: lettered on the entry's date.
    file_.add_lettering(parsed.line_number, code,
                        parsed.lettering_date != FecEntry::no_date ? parsed.lettering_date : parsed.header.date);
  }
}

std::string cents_text(std::int64_t cents) {
  std::string text = Money::from_cents(cents).to_string();
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

void check_balances(const FecFile& file, bool montant_sens) {
  for (std::size_t e = 0; e < file.entry_count(); ++e) {
    const FecEntry& entry = file.entry(e);
    if (entry.balance == 0 || entry.absorbed) continue;
    std::int64_t debit = 0;
    std::int64_t credit = 0;
    file.for_each_line(e, [&](const FecLine& line) { (line.amount > 0 ? debit : credit) += line.amount; });
    const std::uint32_t line_number = file.line(entry.first_line).line_number;
    throw Error(ErrorKind::Unbalanced, at_location(file.source(), line_number, montant_sens ? "Montant" : "Debit") +
                                           ": entry " + std::string(file.entry_number(e)) + " of journal " +
                                           std::string(file.journal_code(entry.journal)) + " is unbalanced: debits " +
                                           cents_text(debit) + " != credits " + cents_text(-credit));
  }
}

}  // namespace

FecFile read_fec(std::istream& in, const std::string& source) {
  FecFile file(source);
  FecLineSource lines(in, source);
  std::string_view text;
  if (!lines.next(text)) fail(source, 1, FecField::JournalCode, "the file is empty (no header line)");
  const Layout layout = read_header(text, source);
  // Two stages on two cores: one thread reads, splits and parses lines,
  // the calling thread adds them to the file. A failure on a line reaches
  // the caller after every line before it was added, as if read in one
  // pass (the second stage may refuse an earlier line).
  constexpr std::size_t batch_lines = 4096;
  const auto parse = [&](const BatchSink<LineBatch>& sink) {
    LineParser parser(source, layout);
    LineBatch batch;
    try {
      while (lines.next(text)) {
        if (trim(text).empty()) continue;
        parser.parse(text, lines.line_number(), batch);
        if (batch.lines.size() == batch_lines && !sink(std::exchange(batch, LineBatch{}))) return;
      }
    } catch (...) {
      sink(std::move(batch));
      throw;
    }
    if (!batch.lines.empty()) sink(std::move(batch));
  };
  LineAdder adder(file);
  const std::function<void(LineBatch&)> add = [&](LineBatch& batch) { adder.add(batch); };
  run_two_stage_pipeline<LineBatch>(parse, add, 2);
  // A header alone is most likely an export that went wrong: recording an
  // import of nothing would hide it.
  if (file.line_count() == 0) fail(source, 2, FecField::JournalCode, "the file has a header and no lines to import");
  file.set_regroupings(file.regroup());
  check_balances(file, layout.montant_sens);
  return file;
}

FecFile read_fec_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::InvalidInput, path + ": cannot open the file");
  return read_fec(in, path);
}

}  // namespace comptoir
