// Writing camt.053 (the demo's statements, the benchmark's, tests'): plain
// text with the five XML escapes; amounts from Money, never a double.
#include <string>

#include "bank/bank_readers.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

std::string escaped(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// <Amt Ccy="EUR">12.50</Amt><CdtDbtInd>DBIT</CdtDbtInd>
std::string amount(Money m) {
  const Money magnitude = m.is_negative() ? -m : m;
  return "<Amt Ccy=\"EUR\">" + magnitude.to_string() + "</Amt><CdtDbtInd>" + (m.is_negative() ? "DBIT" : "CRDT") +
         "</CdtDbtInd>";
}

std::string balance(const char* code, Money m, Date date) {
  return "      <Bal><Tp><CdOrPrtry><Cd>" + std::string(code) + "</Cd></CdOrPrtry></Tp>" + amount(m) + "<Dt><Dt>" +
         date.iso() + "</Dt></Dt></Bal>\n";
}

}  // namespace

std::string write_camt053(const std::vector<BankStatement>& statements, const std::string& message_id,
                          const std::string& iban) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
      "  <BkToCstmrStmt>\n"
      "    <GrpHdr><MsgId>" +
      escaped(message_id) + "</MsgId></GrpHdr>\n";
  for (const auto& s : statements) {
    if (!s.opening || !s.closing) {
      throw Error(ErrorKind::InvalidInput, "statement " + s.statement_ref + ": camt.053 needs both balances");
    }
    const Date from = s.from.value_or(s.to);
    out += "    <Stmt>\n      <Id>" + escaped(s.statement_ref) + "</Id>\n";
    out += "      <FrToDt><FrDtTm>" + from.iso() + "T00:00:00</FrDtTm><ToDtTm>" + s.to.iso() +
           "T23:59:59</ToDtTm></FrToDt>\n";
    out += "      <Acct><Id><IBAN>" + escaped(iban) + "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n";
    out += balance("OPBD", *s.opening, from.plus_days(-1));
    out += balance("CLBD", *s.closing, s.to);
    for (const auto& line : s.lines) {
      out += "      <Ntry>" + amount(line.amount) + "<Sts>BOOK</Sts><BookgDt><Dt>" + line.booking_date.iso() +
             "</Dt></BookgDt>";
      if (line.value_date) out += "<ValDt><Dt>" + line.value_date->iso() + "</Dt></ValDt>";
      out += "<AcctSvcrRef>" + escaped(line.reference) + "</AcctSvcrRef>";
      out +=
          "<NtryDtls><TxDtls><RmtInf><Ustrd>" + escaped(line.label) + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
    }
    out += "    </Stmt>\n";
  }
  out += "  </BkToCstmrStmt>\n</Document>\n";
  return out;
}

}  // namespace comptoir
