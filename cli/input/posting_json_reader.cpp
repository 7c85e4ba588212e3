// JSON posting files: {"transactions": [...]} or a bare array of
// transactions, each with its postings. Amounts are strings ("1234.56") or
// whole numbers; fractional JSON numbers are refused (they are binary floats).
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "input/posting_file_reader.hpp"

namespace comptoir::cli {
namespace {

using nlohmann::json;

std::string text(const json& o, const char* key, const std::string& where, bool required) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) {
    if (required) throw Error(ErrorKind::InvalidInput, where + ": field '" + key + "': missing");
    return {};
  }
  if (!it->is_string()) throw Error(ErrorKind::InvalidInput, where + ": field '" + key + "': expected a string");
  return it->get<std::string>();
}

Money amount(const json& o, const char* key, const std::string& where) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return {};
  try {
    if (it->is_string()) {
      const std::string text = it->get<std::string>();
      const Money m = Money::parse(text);
      if (text.find('-') != std::string::npos) {  // "-0.00" too: debit and credit say the side
        throw Error(ErrorKind::InvalidInput, "negative amount '" + text + "': write it positive on the other side");
      }
      return m;
    }
    // A whole number above the int64 range arrives as unsigned: read as
    // int64 it would wrap to a negative amount.
    if (it->is_number_unsigned() && it->get<std::uint64_t>() > std::uint64_t{INT64_MAX}) {
      throw Error(ErrorKind::InvalidInput, it->dump() + " is too large");
    }
    if (it->is_number_integer()) {
      if (it->get<std::int64_t>() < 0) {
        throw Error(ErrorKind::InvalidInput, "negative amount: write it positive on the other side");
      }
      return Money::from_euros(it->get<std::int64_t>());
    }
  } catch (const Error& e) {
    throw Error(e.kind(), where + ": field '" + key + "': " + e.what());
  }
  throw Error(ErrorKind::InvalidInput,
              where + ": field '" + key + "': write amounts as strings (\"1234.56\") or whole numbers");
}

Date date(const json& o, const char* key, const std::string& where, std::optional<Date> fallback) {
  std::string value = text(o, key, where, !fallback);
  if (value.empty()) return *fallback;
  try {
    return Date::parse(value);
  } catch (const Error& e) {
    throw Error(e.kind(), where + ": field '" + key + "': " + e.what());
  }
}

// Refuses a key the format does not have (a typo would otherwise be
// dropped silently: "debt" for "debit").
void check_keys(const json& o, std::initializer_list<std::string_view> known, const std::string& where) {
  for (const auto& [key, value] : o.items()) {
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string list;
    for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
    throw Error(ErrorKind::InvalidInput, where + ": unknown key '" + key + "' (expected one of: " + list + ")");
  }
}

Posting posting_of(const json& p, const std::string& where) {
  if (!p.is_object()) throw Error(ErrorKind::InvalidInput, where + ": expected an object");
  check_keys(p, {"account", "auxiliary", "debit", "credit", "label", "tags"}, where);
  Posting out;
  out.account = text(p, "account", where, true);
  out.auxiliary = text(p, "auxiliary", where, false);
  out.debit = amount(p, "debit", where);
  out.credit = amount(p, "credit", where);
  out.label = text(p, "label", where, false);
  if (auto tags = p.find("tags"); tags != p.end() && !tags->is_null()) {
    if (!tags->is_object()) throw Error(ErrorKind::InvalidInput, where + ": field 'tags': expected an object");
    for (const auto& [k, v] : tags->items()) {
      if (!v.is_string()) throw Error(ErrorKind::InvalidInput, where + ": field 'tags." + k + "': expected a string");
      out.tags[k] = v.get<std::string>();
    }
  }
  return out;
}

Transaction transaction_of(const json& t, const std::string& where) {
  if (!t.is_object()) throw Error(ErrorKind::InvalidInput, where + ": expected an object");
  check_keys(t, {"entity", "journal", "date", "piece_ref", "piece_date", "label", "postings"}, where);
  Transaction out;
  out.entity = text(t, "entity", where, true);
  out.journal = text(t, "journal", where, true);
  out.date = date(t, "date", where, std::nullopt);
  out.piece_ref = text(t, "piece_ref", where, false);
  out.piece_date = date(t, "piece_date", where, out.date);
  out.label = text(t, "label", where, true);
  auto postings = t.find("postings");
  if (postings == t.end() || !postings->is_array()) {
    throw Error(ErrorKind::InvalidInput, where + ": field 'postings': expected an array");
  }
  for (std::size_t i = 0; i < postings->size(); ++i) {
    out.postings.push_back(posting_of((*postings)[i], where + ", posting " + std::to_string(i + 1)));
  }
  return out;
}

}  // namespace

void read_posting_json(const std::string& path, const TransactionVisitor& visit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::InvalidInput, "cannot open " + path);
  read_posting_json(in, path, visit);
}

void read_posting_json(std::istream& in, const std::string& path, const TransactionVisitor& visit) {
  json doc;
  try {
    doc = json::parse(in);
  } catch (const json::parse_error& e) {
    throw Error(ErrorKind::InvalidInput, path + ": not valid JSON at byte " + std::to_string(e.byte) + ": " + e.what());
  } catch (const json::exception& e) {
    // A number beyond a double (1E400) is out_of_range, not a parse_error:
    // still a bad file, not an unexpected error.
    throw Error(ErrorKind::InvalidInput, path + ": not valid JSON: " + e.what());
  }
  const json* list = &doc;
  if (doc.is_object()) {
    check_keys(doc, {"transactions"}, path);
    if (doc.contains("transactions")) list = &doc["transactions"];
  }
  if (!list->is_array()) throw Error(ErrorKind::InvalidInput, path + ": expected an array of transactions");
  if (list->empty()) throw Error(ErrorKind::InvalidInput, path + ": no transaction in the file");
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string where = path + ": transaction " + std::to_string(i + 1);
    visit(transaction_of((*list)[i], where), where);
  }
}

}  // namespace comptoir::cli
