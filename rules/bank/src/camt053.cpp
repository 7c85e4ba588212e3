// camt.053 (ISO 20022 BankToCustomerStatement) read with libxml2. Elements
// are found by local name, whatever the message version's namespace
// (camt.053.001.02 to .08). Entities are not expanded and the network is
// never used (XML_PARSE_NONET).
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>

#include "bank/bank_readers.hpp"
#include "bank_text.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

using bank_text::trim;

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

bool named(const xmlNode* n, std::string_view name) {
  return n && n->type == XML_ELEMENT_NODE && name == reinterpret_cast<const char*>(n->name);
}

const xmlNode* child(const xmlNode* parent, std::string_view name) {
  if (!parent) return nullptr;
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (named(c, name)) return c;
  }
  return nullptr;
}

std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view name) {
  std::vector<const xmlNode*> out;
  if (!parent) return out;
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (named(c, name)) out.push_back(c);
  }
  return out;
}

// The node at a path of child names, or null.
const xmlNode* at_path(const xmlNode* node, std::initializer_list<std::string_view> path) {
  for (const auto name : path) node = child(node, name);
  return node;
}

std::string text_of(const xmlNode* n) {
  if (!n) return {};
  xmlChar* content = xmlNodeGetContent(n);
  std::string out = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return trim(out);
}

std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

class Camt {
 public:
  explicit Camt(std::string source) : source_(std::move(source)) {}

  // "file.xml:42: element Ntry/Amt"
  [[nodiscard]] std::string where(const xmlNode* n, const std::string& path) const {
    return source_ + ":" + std::to_string(xmlGetLineNo(n)) + ": element " + path;
  }

  [[noreturn]] void fail(const xmlNode* n, const std::string& path, const std::string& what) const {
    throw Error(ErrorKind::InvalidInput, where(n, path) + ": " + what);
  }

  const xmlNode* need(const xmlNode* parent, std::string_view name, const std::string& path) const {
    const xmlNode* n = child(parent, name);
    if (!n) fail(parent, path, "missing " + std::string(name));
    return n;
  }

  // Amt with Ccy="EUR" and a CdtDbtInd beside it: the signed amount.
  [[nodiscard]] Money signed_amount(const xmlNode* parent, const std::string& path) const {
    const xmlNode* amt = need(parent, "Amt", path);
    const std::string currency = attribute(amt, "Ccy");
    if (!currency.empty() && currency != "EUR") fail(amt, path + "/Amt", "currency " + currency + ", only EUR is kept");
    const std::string text = text_of(amt);
    for (const char c : text) {
      if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.')) {
        fail(amt, path + "/Amt", "'" + text + "' is not an ISO 20022 amount (digits and a '.')");
      }
    }
    const Money amount = bank_text::parse_amount(text, where(amt, path + "/Amt"));
    const xmlNode* ind = need(parent, "CdtDbtInd", path);
    const std::string sign = text_of(ind);
    if (sign == "CRDT") return amount;
    if (sign == "DBIT") return -amount;
    fail(ind, path + "/CdtDbtInd", "'" + sign + "' is neither CRDT nor DBIT");
  }

  // A date element holding Dt (2025-01-31) or DtTm (2025-01-31T10:00:00).
  [[nodiscard]] Date date_in(const xmlNode* holder, const std::string& path) const {
    const xmlNode* dt = child(holder, "Dt");
    if (!dt) dt = child(holder, "DtTm");
    if (!dt) fail(holder, path, "missing Dt or DtTm");
    const std::string text = text_of(dt);
    return bank_text::parse_date(text.substr(0, 10), where(dt, path));
  }

  [[nodiscard]] BankLine entry(const xmlNode* ntry, int index, const std::string& stmt_path) const {
    const std::string path = stmt_path + "/Ntry[" + std::to_string(index) + "]";
    BankLine line;
    line.origin = where(ntry, path);
    line.amount = signed_amount(ntry, path);
    line.booking_date = date_in(need(ntry, "BookgDt", path), path + "/BookgDt");
    if (const xmlNode* val = child(ntry, "ValDt")) line.value_date = date_in(val, path + "/ValDt");
    line.reference = text_of(child(ntry, "AcctSvcrRef"));
    if (line.reference.empty()) line.reference = text_of(at_path(ntry, {"NtryDtls", "TxDtls", "Refs", "AcctSvcrRef"}));
    if (line.reference.empty()) line.reference = text_of(child(ntry, "NtryRef"));
    // The label: the remittance information (Ustrd lines joined), else the
    // additional information, else the counterparty's name.
    std::string label;
    for (const xmlNode* tx : children(child(ntry, "NtryDtls"), "TxDtls")) {
      for (const xmlNode* u : children(child(tx, "RmtInf"), "Ustrd")) {
        if (!label.empty()) label += ' ';
        label += text_of(u);
      }
      if (const xmlNode* s = at_path(tx, {"RmtInf", "Strd", "CdtrRefInf", "Ref"})) {
        if (!label.empty()) label += ' ';
        label += text_of(s);
      }
    }
    if (label.empty()) label = text_of(child(ntry, "AddtlNtryInf"));
    if (label.empty()) {
      for (const xmlNode* tx : children(child(ntry, "NtryDtls"), "TxDtls")) {
        label = text_of(at_path(tx, {"RltdPties", line.amount.is_negative() ? "Cdtr" : "Dbtr", "Nm"}));
        if (!label.empty()) break;
      }
    }
    line.label = bank_text::squeeze(label);
    return line;
  }

  // Pending entries (Sts PDNG, or Sts/Cd PDNG from version .08) are not
  // booked: the closing balance does not count them, nor do we.
  [[nodiscard]] static bool booked(const xmlNode* ntry) {
    const xmlNode* sts = child(ntry, "Sts");
    if (!sts) return true;
    const xmlNode* cd = child(sts, "Cd");
    const std::string status = text_of(cd ? cd : sts);
    return status != "PDNG" && status != "INFO";
  }

  [[nodiscard]] BankStatement statement(const xmlNode* stmt, int index) const {
    const std::string path = "Stmt[" + std::to_string(index) + "]";
    BankStatement s;
    s.origin = where(stmt, path);
    s.statement_ref = text_of(need(stmt, "Id", path));
    s.iban = text_of(at_path(stmt, {"Acct", "Id", "IBAN"}));
    if (const xmlNode* currency = at_path(stmt, {"Acct", "Ccy"})) {
      if (text_of(currency) != "EUR")
        fail(currency, path + "/Acct/Ccy", "currency " + text_of(currency) + ", only EUR is kept");
    }
    if (const xmlNode* fr = at_path(stmt, {"FrToDt", "FrDtTm"})) {
      s.from = bank_text::parse_date(text_of(fr).substr(0, 10), where(fr, path + "/FrToDt/FrDtTm"));
    }
    std::optional<Date> to;
    if (const xmlNode* t = at_path(stmt, {"FrToDt", "ToDtTm"})) {
      to = bank_text::parse_date(text_of(t).substr(0, 10), where(t, path + "/FrToDt/ToDtTm"));
    }
    int b = 0;
    std::optional<Date> closing_date;
    for (const xmlNode* bal : children(stmt, "Bal")) {
      const std::string bal_path = path + "/Bal[" + std::to_string(++b) + "]";
      const std::string code = text_of(at_path(bal, {"Tp", "CdOrPrtry", "Cd"}));
      if (code != "OPBD" && code != "PRCD" && code != "CLBD") continue;  // CLAV, ITBD… are not booked balances
      const Money amount = signed_amount(bal, bal_path);
      if (code == "CLBD") {
        if (s.closing) fail(bal, bal_path, "a second CLBD balance");
        s.closing = amount;
        closing_date = date_in(need(bal, "Dt", bal_path), bal_path + "/Dt");
      } else {
        if (s.opening) fail(bal, bal_path, "a second opening balance (OPBD or PRCD)");
        s.opening = amount;
      }
    }
    if (!s.opening) fail(stmt, path, "no opening balance (Bal with Tp/CdOrPrtry/Cd OPBD or PRCD)");
    if (!s.closing) fail(stmt, path, "no closing balance (Bal with Tp/CdOrPrtry/Cd CLBD)");
    int n = 0;
    for (const xmlNode* ntry : children(stmt, "Ntry")) {
      ++n;
      if (booked(ntry)) s.lines.push_back(entry(ntry, n, path));
    }
    s.to = to ? *to : *closing_date;
    for (const auto& line : s.lines) {
      if (s.from && line.booking_date < *s.from) {
        throw Error(ErrorKind::InvalidInput, line.origin + "/BookgDt: " + line.booking_date.iso() +
                                                 " is before the statement's first day " + s.from->iso());
      }
    }
    return s;
  }

 private:
  std::string source_;
};

}  // namespace

std::vector<BankStatement> read_camt053(std::string_view content, const std::string& source) {
  xmlResetLastError();
  std::unique_ptr<xmlDoc, DocFree> doc(xmlReadMemory(content.data(), static_cast<int>(content.size()), source.c_str(),
                                                     nullptr,
                                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) {
    const xmlError* e = xmlGetLastError();
    const std::string line = e ? std::to_string(e->line) : "?";
    std::string message = e && e->message ? trim(e->message) : "not well-formed XML";
    throw Error(ErrorKind::InvalidInput, source + ":" + line + ": not well-formed XML: " + message);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const Camt camt(source);
  const xmlNode* body = child(root, "BkToCstmrStmt");
  if (!named(root, "Document") || !body) {
    throw Error(ErrorKind::InvalidInput, source + ": not a camt.053 statement (expected Document/BkToCstmrStmt)");
  }
  std::vector<BankStatement> out;
  int index = 0;
  for (const xmlNode* stmt : children(body, "Stmt")) {
    out.push_back(camt.statement(stmt, ++index));
    bank_text::derive_missing_references(out.back().lines);
  }
  if (out.empty()) throw Error(ErrorKind::InvalidInput, source + ": element BkToCstmrStmt: no Stmt");
  return out;
}

}  // namespace comptoir
