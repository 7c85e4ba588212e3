// OFX statements read by a small tag scanner rather than libofx: libofx
// hands amounts over as double (we keep cents exact), needs its DTD files
// at run time and reports errors on standard error without a line. The
// scanner reads both OFX 1.x SGML (leaf elements without end tags) and
// OFX 2.x XML: an element's value is the text after its start tag.
#include <optional>

#include "bank/bank_readers.hpp"
#include "bank_text.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

using bank_text::trim;

struct Tag {
  std::string name;  // upper case, without '/'
  bool closing = false;
  std::string value;  // text up to the next tag, trimmed
  long line = 0;
};

// Every tag of the body (from <OFX>), with its line.
std::vector<Tag> scan(std::string_view text, const std::string& source) {
  std::vector<Tag> tags;
  const auto start = text.find("<OFX>");
  if (start == std::string_view::npos) throw Error(ErrorKind::InvalidInput, source + ": not an OFX file (no <OFX>)");
  long line = 1;
  for (std::size_t i = 0; i < start; ++i) line += text[i] == '\n' ? 1 : 0;
  std::size_t i = start;
  while (i < text.size()) {
    const auto open = text.find('<', i);
    if (open == std::string_view::npos) break;
    for (std::size_t k = i; k < open; ++k) line += text[k] == '\n' ? 1 : 0;
    const auto close = text.find('>', open);
    if (close == std::string_view::npos) {
      throw Error(ErrorKind::InvalidInput, source + ":" + std::to_string(line) + ": unterminated tag");
    }
    Tag tag;
    tag.line = line;
    std::string_view name = text.substr(open + 1, close - open - 1);
    if (!name.empty() && (name[0] == '?' || name[0] == '!')) {  // <?xml …?>, <!-- … -->
      i = close + 1;
      continue;
    }
    if (!name.empty() && name[0] == '/') {
      tag.closing = true;
      name.remove_prefix(1);
    }
    for (const char c : name) tag.name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto next = text.find('<', close + 1);
    const std::string_view value =
        text.substr(close + 1, (next == std::string_view::npos ? text.size() : next) - close - 1);
    for (std::size_t k = open; k <= close; ++k) line += text[k] == '\n' ? 1 : 0;
    tag.value = trim(value);
    tags.push_back(std::move(tag));
    i = close + 1;
  }
  return tags;
}

std::string where(const std::string& source, const Tag& tag) {
  return source + ":" + std::to_string(tag.line) + ": field " + tag.name;
}

// OFX dates: YYYYMMDD[HHMMSS[.XXX]][[-5:EST]].
Date ofx_date(const std::string& source, const Tag& tag) {
  if (tag.value.size() < 8) {
    throw Error(ErrorKind::InvalidInput, where(source, tag) + ": '" + tag.value + "' is not an OFX date");
  }
  return bank_text::parse_date(tag.value.substr(0, 8), where(source, tag));
}

struct PendingLine {
  BankLine line;
  bool has_amount = false;
  bool has_date = false;
  std::string name, memo;
  long line_no = 0;
};

}  // namespace

std::vector<BankStatement> read_ofx(std::string_view content, const std::string& source) {
  const std::string text = bank_text::as_utf8(content);
  const std::vector<Tag> tags = scan(text, source);
  std::vector<BankStatement> out;
  std::optional<BankStatement> current;
  std::optional<PendingLine> trn;
  bool in_ledger_balance = false;
  for (const Tag& tag : tags) {
    const std::string& n = tag.name;
    if (n == "STMTRS") {
      if (!tag.closing) {
        current = BankStatement{};
        current->origin = source + ":" + std::to_string(tag.line) + ": element STMTRS";
        continue;
      }
      if (!current) throw Error(ErrorKind::InvalidInput, where(source, tag) + ": end without a start");
      if (!current->closing) {
        throw Error(ErrorKind::InvalidInput, current->origin + ": no LEDGERBAL/BALAMT (closing balance)");
      }
      current->opening = *current->closing - current->lines_total();
      if (current->statement_ref.empty()) current->statement_ref = source + "#" + std::to_string(out.size() + 1);
      bank_text::derive_missing_references(current->lines);
      out.push_back(std::move(*current));
      current.reset();
      continue;
    }
    if (!current) continue;  // sign-on and other aggregates
    if (n == "STMTTRN") {
      if (!tag.closing) {
        trn = PendingLine{};
        trn->line_no = tag.line;
        trn->line.origin = source + ":" + std::to_string(tag.line) + ": element STMTTRN";
        continue;
      }
      if (!trn) throw Error(ErrorKind::InvalidInput, where(source, tag) + ": end without a start");
      if (!trn->has_amount) throw Error(ErrorKind::InvalidInput, trn->line.origin + ": no TRNAMT");
      if (!trn->has_date) throw Error(ErrorKind::InvalidInput, trn->line.origin + ": no DTPOSTED");
      std::string label = trn->name;
      if (!trn->memo.empty() && trn->memo != trn->name) label += label.empty() ? trn->memo : " " + trn->memo;
      trn->line.label = bank_text::squeeze(label);
      current->lines.push_back(std::move(trn->line));
      trn.reset();
      continue;
    }
    if (n == "LEDGERBAL") {
      in_ledger_balance = !tag.closing;
      continue;
    }
    if (tag.closing) continue;
    if (trn) {
      if (n == "TRNAMT") {
        trn->line.amount = bank_text::parse_amount(tag.value, where(source, tag));
        trn->has_amount = true;
      } else if (n == "DTPOSTED") {
        trn->line.booking_date = ofx_date(source, tag);
        trn->has_date = true;
      } else if (n == "DTUSER" || n == "DTAVAIL") {
        if (!trn->line.value_date || n == "DTAVAIL") trn->line.value_date = ofx_date(source, tag);
      } else if (n == "FITID") {
        trn->line.reference = tag.value;
      } else if (n == "NAME") {
        trn->name = tag.value;
      } else if (n == "MEMO") {
        trn->memo = tag.value;
      }
      continue;
    }
    if (n == "CURDEF" && tag.value != "EUR") {
      throw Error(ErrorKind::InvalidInput, where(source, tag) + ": currency " + tag.value + ", only EUR is kept");
    }
    if (n == "ACCTID") current->iban = tag.value;
    if (n == "DTSTART") current->from = ofx_date(source, tag);
    if (n == "DTEND") current->to = ofx_date(source, tag);
    if (in_ledger_balance && n == "BALAMT") current->closing = bank_text::parse_amount(tag.value, where(source, tag));
    if (in_ledger_balance && n == "DTASOF" && current->to == Date{}) current->to = ofx_date(source, tag);
  }
  if (current || trn)
    throw Error(ErrorKind::InvalidInput, source + ": the file ends inside a statement (no </STMTRS>)");
  if (out.empty()) throw Error(ErrorKind::InvalidInput, source + ": no bank statement (STMTRS) in the OFX file");
  return out;
}

}  // namespace comptoir
