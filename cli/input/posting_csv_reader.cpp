// CSV posting files: one row per posting, rows of one transaction share the
// `txn` key and must be contiguous.
#include <fstream>
#include <unordered_set>

#include "core/csv_reader.hpp"
#include "core/error.hpp"
#include "input/posting_file_reader.hpp"

namespace comptoir::cli {
namespace {

struct Columns {
  int txn, entity, journal, date, piece_ref, piece_date, label, account, auxiliary, debit, credit, posting_label, tags;
};

Columns columns_of(const CsvHeader& h) {
  h.check_known({"txn", "entity", "journal", "date", "piece_ref", "piece_date", "label", "account", "auxiliary",
                 "debit", "credit", "posting_label", "tags"});
  return {h.index("txn", true),   h.index("entity", true),     h.index("journal", true),
          h.index("date", true),  h.index("piece_ref", false), h.index("piece_date", false),
          h.index("label", true), h.index("account", true),    h.index("auxiliary", false),
          h.index("debit", true), h.index("credit", true),     h.index("posting_label", false),
          h.index("tags", false)};
}

// Re-throws a parsing error with the file, line and field in front.
template <typename F>
auto at_field(const std::string& where, const char* field, F&& parse) {
  try {
    return parse();
  } catch (const Error& e) {
    throw Error(e.kind(), where + ": field '" + field + "': " + e.what());
  }
}

Money amount(const std::string& text, const std::string& where, const char* field) {
  if (text.empty()) return {};
  const Money m = at_field(where, field, [&] { return Money::parse(text); });
  if (text.find('-') != std::string::npos) {  // "-0.00" too: a sign says which side, and this file has columns for it
    throw Error(ErrorKind::InvalidInput, where + ": field '" + field + "': negative amount '" + text +
                                             "': write it positive in the other column");
  }
  return m;
}

// Checks that a header field repeated on a later row agrees with the first.
void same_header(const std::string& value, const std::string& first, const std::string& where, const char* field) {
  if (!value.empty() && value != first) {
    throw Error(ErrorKind::InvalidInput, where + ": field '" + field + "': '" + value +
                                             "' differs from the transaction's first row ('" + first + "')");
  }
}

}  // namespace

void read_posting_csv(const std::string& path, const TransactionVisitor& visit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::InvalidInput, "cannot open " + path);
  read_posting_csv(in, path, visit);
}

void read_posting_csv(std::istream& in, const std::string& path, const TransactionVisitor& visit) {
  std::unique_ptr<CsvHeader> header;
  Columns col{};
  Transaction current;
  std::string current_key;
  std::string current_location;
  std::unordered_set<std::string> seen;
  auto flush = [&] {
    if (!current_key.empty()) visit(std::move(current), current_location);
    current = Transaction{};
  };
  read_csv(in, path, ',', [&](const CsvRecord& r) {
    if (!header) {
      header = std::make_unique<CsvHeader>(r, path);
      col = columns_of(*header);
      return;
    }
    const std::string where = path + ":" + std::to_string(r.line);
    auto f = [&](int i) -> const std::string& { return header->field(r, i); };
    const std::string& key = f(col.txn);
    if (key.empty()) throw Error(ErrorKind::InvalidInput, where + ": field 'txn': empty");
    if (key != current_key) {
      flush();
      if (!seen.insert(key).second) {
        throw Error(ErrorKind::InvalidInput, where + ": field 'txn': rows of transaction '" + key +
                                                 "' are not contiguous (it appeared earlier in the file)");
      }
      current_key = key;
      current_location = where;
      current.entity = f(col.entity);
      current.journal = f(col.journal);
      current.date = at_field(where, "date", [&] { return Date::parse(f(col.date)); });
      current.piece_ref = f(col.piece_ref).empty() ? key : f(col.piece_ref);
      current.piece_date = f(col.piece_date).empty()
                               ? current.date
                               : at_field(where, "piece_date", [&] { return Date::parse(f(col.piece_date)); });
      current.label = f(col.label);
      if (current.label.empty()) throw Error(ErrorKind::InvalidInput, where + ": field 'label': empty");
    } else {
      same_header(f(col.entity), current.entity, where, "entity");
      same_header(f(col.journal), current.journal, where, "journal");
    }
    Posting p;
    p.account = f(col.account);
    if (p.account.empty()) throw Error(ErrorKind::InvalidInput, where + ": field 'account': empty");
    p.auxiliary = f(col.auxiliary);
    p.debit = amount(f(col.debit), where, "debit");
    p.credit = amount(f(col.credit), where, "credit");
    p.label = f(col.posting_label);
    p.tags = parse_tags(f(col.tags), where + ": field 'tags'");
    current.postings.push_back(std::move(p));
  });
  if (!header) throw Error(ErrorKind::InvalidInput, path + ": empty file (expected a header line)");
  if (current_key.empty()) throw Error(ErrorKind::InvalidInput, path + ":2: the file has a header and no rows");
  flush();
}

Tags parse_tags(const std::string& text, const std::string& where) {
  Tags tags;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    std::string item = text.substr(start, end - start);
    start = end + 1;
    if (item.empty()) continue;
    auto eq = item.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == item.size()) {
      throw Error(ErrorKind::InvalidInput, where + ": '" + item + "' is not key=value");
    }
    tags[item.substr(0, eq)] = item.substr(eq + 1);
  }
  return tags;
}

}  // namespace comptoir::cli
